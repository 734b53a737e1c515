package com.migrainecare.notification.reminder;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Set;

/** Zones, a fixed clock and sessions for the rule tests; every date is computed from the clock. */
final class RuleFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    /** Noon UTC of the day the suite runs, fixed for the whole test. */
    static final Clock CLOCK =
            Clock.fixed(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12)), ZoneOffset.UTC);

    private RuleFixtures() {}

    static ReminderRules rules() {
        return rulesAt(CLOCK.instant());
    }

    static ReminderRules rulesAt(Instant now) {
        return new ReminderRules(ReminderPolicy.defaults(), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** {@code time} on the day {@code days} after the clock's day, in {@code zone}. */
    static Instant localAt(ZoneId zone, int days, LocalTime time) {
        LocalDate day = CLOCK.instant().atZone(zone).toLocalDate().plusDays(days);
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The first clock change after a week from now that moves clocks forward ({@code spring}) or back. */
    static ZoneOffsetTransition nextTransition(ZoneId zone, boolean spring) {
        Instant from = CLOCK.instant().plus(Duration.ofDays(7));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
        while (transition.isGap() != spring) {
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return transition;
    }

    static SessionFacts session(Instant start, ZoneId zone) {
        return new SessionFacts("booking-1", "client-1", start, start.plus(Duration.ofHours(1)), zone, 0);
    }

    static SessionFacts endingAt(Instant end) {
        return new SessionFacts("booking-1", "client-1", end.minus(Duration.ofHours(1)), end, BERLIN, 0);
    }

    static ClientContact contact(ZoneId zone) {
        return contact(zone, "21:00", "08:00", List.of("PT48H", "PT2H"));
    }

    static ClientContact contact(ZoneId zone, String quietFrom, String quietUntil, List<String> leads) {
        return new ClientContact(
                "client-1",
                "ada@example.org",
                "+4930123456",
                zone.getId(),
                "en",
                Set.of(Channel.EMAIL),
                quietFrom,
                quietUntil,
                leads,
                0L);
    }
}
