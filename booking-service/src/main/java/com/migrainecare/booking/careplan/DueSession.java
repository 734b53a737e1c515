package com.migrainecare.booking.careplan;

import java.time.LocalDateTime;

/** The payload of a care plan's nudge deadline: the session due at {@code localStart} (the location's time). */
public record DueSession(LocalDateTime localStart) {}
