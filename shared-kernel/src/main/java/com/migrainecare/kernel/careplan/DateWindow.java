package com.migrainecare.kernel.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The days from {@code from} to {@code to}, both included, on the location's calendar. */
public record DateWindow(LocalDate from, LocalDate to) {

    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The parts of this window that none of {@code covered} includes, in order. */
    public List<DateWindow> minus(List<DateWindow> covered) {
        List<DateWindow> left = new ArrayList<>(List.of(this));
        for (DateWindow taken : covered) {
            List<DateWindow> next = new ArrayList<>();
            for (DateWindow part : left) {
                if (taken.to.isBefore(part.from) || taken.from.isAfter(part.to)) {
                    next.add(part);
                    continue;
                }
                if (taken.from.isAfter(part.from)) {
                    next.add(new DateWindow(part.from, taken.from.minusDays(1)));
                }
                if (taken.to.isBefore(part.to)) {
                    next.add(new DateWindow(taken.to.plusDays(1), part.to));
                }
            }
            left = next;
        }
        return List.copyOf(left);
    }
}
