package com.migrainecare.booking.availability;

import com.migrainecare.kernel.time.TimeSlot;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Busy time is kept in one document per resource and UTC day ({@code "<id>:2026-12-01"}), so the search
 * reads it with point lookups on {@code _id}, which every Mongo-wire store answers from its primary index.
 */
final class BusyDays {

    static final String THERAPIST_DAYS = "therapist_days";
    static final String ROOM_DAYS = "room_days";

    private BusyDays() {}

    static String key(String resourceId, LocalDate utcDay) {
        return resourceId + ":" + utcDay;
    }

    /** The UTC days a slot touches (a session across midnight UTC is filed under both). */
    static List<LocalDate> daysOf(TimeSlot slot) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = slot.end().minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = slot.start().atOffset(ZoneOffset.UTC).toLocalDate();
                !day.isAfter(last);
                day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
