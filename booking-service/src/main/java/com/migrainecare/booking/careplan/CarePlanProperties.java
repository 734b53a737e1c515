package com.migrainecare.booking.careplan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a care plan waits ({@code clinic.care-plan}): how long a proposed extra session holds its time for the
 * client to accept it, and how long before a due session without a booking the client is nudged.
 */
@ConfigurationProperties("clinic.care-plan")
public record CarePlanProperties(Duration tentativeHold, Duration nudgeLead) {

    public CarePlanProperties {
        tentativeHold = tentativeHold == null ? Duration.ofHours(72) : tentativeHold;
        nudgeLead = nudgeLead == null ? Duration.ofDays(3) : nudgeLead;
    }

    public static CarePlanProperties defaults() {
        return new CarePlanProperties(null, null);
    }
}
