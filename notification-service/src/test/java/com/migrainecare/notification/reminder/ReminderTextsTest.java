package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.contact.ClientContact;
import com.migrainecare.notification.delivery.OutgoingMessage;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The texts come from the bundles, in the client's language and zone, and say nothing about health. */
class ReminderTextsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ReminderTexts texts = new ReminderTexts(ReminderPolicy.defaults());
    private final Instant start = RuleFixtures.localAt(BERLIN, 7, LocalTime.of(10, 30));

    @Test
    void englishReminderShowsTheTimeInTheClientsZoneAndTheHydrationAdvice() {
        OutgoingMessage message = texts.compose(before(Channel.EMAIL), contact("en", "America/Chicago"), "a@b.org");

        String chicagoTime =
                java.time.format.DateTimeFormatter.ofPattern("h:mm").format(start.atZone(ZoneId.of("America/Chicago")));
        assertThat(message.subject()).startsWith("Your massage session on ");
        assertThat(message.body()).contains(chicagoTime).contains("Central").contains("drink a glass or two of water");
        assertThat(message.idempotencyKey()).isEqualTo("booking-1:PRE_SESSION-PT2H:v0");
        assertThat(message.recipient()).isEqualTo("a@b.org");
    }

    @Test
    void germanReminderInGerman() {
        OutgoingMessage message = texts.compose(before(Channel.EMAIL), contact("de-DE", "Europe/Berlin"), "a@b.org");

        assertThat(message.subject()).startsWith("Ihre Massagesitzung am ");
        assertThat(message.body()).contains("10:30").contains("Wasser").contains("Mitteleuropäische");
    }

    @Test
    void everySmsBeforeASessionCarriesTheHydrationAdviceToo() {
        assertThat(texts.compose(before(Channel.SMS), contact("en", "Europe/Berlin"), "+49")
                        .body())
                .contains("drink water");
        assertThat(texts.compose(before(Channel.SMS), contact("de", "Europe/Berlin"), "+49")
                        .body())
                .contains("trinken Sie vorher Wasser");
    }

    @Test
    void aLanguageWithoutBundleFallsBackToEnglish() {
        assertThat(texts.compose(before(Channel.EMAIL), contact("fr", "Europe/Paris"), "a@b.org")
                        .subject())
                .startsWith("Your massage session");
    }

    @Test
    void theFollowUpAsksToKeepDrinkingAndLinksTheHeadacheDiary() {
        Reminder followUp = new Reminder(
                "booking-1:FOLLOW_UP:v3:EMAIL",
                "booking-1",
                "client-1",
                ReminderKind.FOLLOW_UP,
                null,
                Channel.EMAIL,
                3,
                start,
                "Europe/Berlin",
                start,
                start,
                ReminderStatus.SCHEDULED,
                null,
                0,
                null,
                null,
                null);

        OutgoingMessage message = texts.compose(followUp, contact("en", "Europe/Berlin"), "a@b.org");

        assertThat(message.body())
                .contains("keep drinking water")
                .contains("http://localhost:8080/clients/client-1/headache-log");
    }

    @Test
    void noTextNamesATechniqueOrAnIntakeDetail() {
        for (Channel channel : Channel.values()) {
            for (String language : List.of("en", "de")) {
                OutgoingMessage message = texts.compose(before(channel), contact(language, "Europe/Berlin"), "x");
                assertThat(message.subject() + message.body())
                        .doesNotContainIgnoringCase("migraine")
                        .doesNotContainIgnoringCase("Migräne")
                        .doesNotContainIgnoringCase("trigger")
                        .doesNotContainIgnoringCase("deep tissue")
                        .doesNotContainIgnoringCase("osteopor");
            }
        }
    }

    private Reminder before(Channel channel) {
        return new Reminder(
                "booking-1:PRE_SESSION-PT2H:v0:" + channel,
                "booking-1",
                "client-1",
                ReminderKind.PRE_SESSION,
                "PT2H",
                channel,
                0,
                start,
                "Europe/Berlin",
                start,
                start,
                ReminderStatus.SCHEDULED,
                null,
                0,
                null,
                null,
                null);
    }

    private static ClientContact contact(String locale, String zone) {
        return new ClientContact(
                "client-1",
                "a@b.org",
                "+49",
                zone,
                locale,
                Set.of(Channel.EMAIL),
                "21:00",
                "08:00",
                List.of("PT2H"),
                0L);
    }
}
