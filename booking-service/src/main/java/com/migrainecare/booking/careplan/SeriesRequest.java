package com.migrainecare.booking.careplan;

import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.careplan.Cadence;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.SeriesId;
import com.migrainecare.kernel.ids.TherapistId;
import com.migrainecare.kernel.time.RequestedTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/** A request for a recurring series, with its first start still in the caller's terms. */
public record SeriesRequest(
        SeriesId seriesId,
        ClientId clientId,
        TherapistId therapistId,
        LocationId locationId,
        Technique technique,
        RequestedTime firstStart,
        Duration duration,
        Cadence cadence,
        Set<DayOfWeek> weekdays,
        Integer count,
        LocalDate until,
        CarePlanId carePlanId) {}
