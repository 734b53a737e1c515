package com.migrainecare.booking.waitlist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code clinic.waitlist.offer-hold}: how long a freed slot is held for the client it is offered to. */
@ConfigurationProperties("clinic.waitlist")
public record WaitlistProperties(Duration offerHold) {

    public WaitlistProperties {
        offerHold = offerHold == null ? Duration.ofMinutes(30) : offerHold;
        if (offerHold.isNegative() || offerHold.isZero()) {
            throw new IllegalArgumentException("clinic.waitlist.offer-hold must be positive");
        }
    }
}
