package com.migrainecare.booking.client;

import com.migrainecare.kernel.ids.ClientId;
import java.time.LocalDate;

/** The client capability's answer to "what does this client's record say for a care plan, on this date?". */
public interface CareProfiles {

    /**
     * @throws com.migrainecare.kernel.RuleViolation {@code CLIENT_NOT_FOUND}, or {@code INTAKE_REQUIRED} when the
     *     client has no intake yet
     */
    CareProfile profileOf(ClientId client, LocalDate date);
}
