package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.client.ReminderPreferences.Channel;
import com.migrainecare.notification.session.BookingEvents;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Due reminders through real channels: email to a GreenMail server, SMS to a webhook that always refuses. The
 * email goes out once with its idempotency key as Message-ID; the SMS is retried with back-off until FAILED,
 * and its failures hold up nothing else.
 */
@SpringBootTest(
        properties = {
            "clinic.store.embedded.port=0",
            "clinic.store.embedded.file=",
            "clinic.store.isolated=true",
            "clinic.security.users[0].username=ops",
            "clinic.security.users[0].password={noop}pw",
            "clinic.security.users[0].roles[0]=MANAGER",
            "clinic.security.users[0].all-locations=true",
            "clinic.reminders.dispatch.polling-interval=PT0.2S",
            "clinic.delivery.email=SMTP",
            "clinic.delivery.sms=WEBHOOK",
            "clinic.delivery.message-id-domain=reminders.test",
            "clinic.delivery.webhook.secret=test-secret",
            "clinic.reminders.max-attempts=3",
            "clinic.reminders.retry-backoff=PT0.2S"
        })
class ReminderDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final AtomicInteger SMS_CALLS = new AtomicInteger();
    private static final HttpServer REFUSING_WEBHOOK = refusingWebhook();

    @Autowired
    private EventStore eventStore;

    @Autowired
    private Reminders reminders;

    @Autowired
    private ReminderSchedule schedule;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add(
                "clinic.delivery.webhook.url",
                () -> "http://127.0.0.1:" + REFUSING_WEBHOOK.getAddress().getPort() + "/sms");
    }

    @AfterAll
    static void stopWebhook() {
        REFUSING_WEBHOOK.stop(0);
    }

    @Test
    void aDueReminderIsSentOnceAndABrokenChannelEndsFailedWithoutBlockingTheOther() throws Exception {
        BookingEvents session = BookingEvents.sessionAt(
                Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(90)));
        publish("Client", session.clientId().value(), registered(session));
        publish("Booking", session.bookingId().value(), session.booked());
        String key = session.bookingId() + ":PRE_SESSION-PT2H:v0";

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(status(key + ":EMAIL")).isEqualTo(ReminderStatus.SENT);
            assertThat(status(key + ":SMS")).isEqualTo(ReminderStatus.FAILED);
        });

        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getHeader("Message-ID")[0]).isEqualTo("<" + key.replace(':', '.') + "@reminders.test>");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
        assertThat((String) received[0].getContent()).contains("water");

        Reminder sms = reminders.find(key + ":SMS").orElseThrow();
        assertThat(sms.attempts()).isEqualTo(3);
        assertThat(sms.lastError()).contains("500");
        assertThat(SMS_CALLS.get()).isEqualTo(3);
        assertThat(reminders.find(session.bookingId() + ":PRE_SESSION-PT48H:v0:EMAIL"))
                .map(Reminder::status)
                .hasValue(ReminderStatus.SKIPPED);

        // a timer set again for the sent reminder fires, and nothing goes out a second time
        schedule.scheduleAt(key + ":EMAIL", Instant.now());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM reminder_timers WHERE reminder_id = ?",
                                Long.class,
                                key + ":EMAIL")
                        == 0);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(status(key + ":EMAIL")).isEqualTo(ReminderStatus.SENT);

        assertThat(meters.counter("reminders.sent", "kind", "PRE_SESSION", "channel", "EMAIL")
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.counter("reminders.failed", "kind", "PRE_SESSION", "channel", "SMS")
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.timer("reminders.lateness", "channel", "EMAIL").count())
                .isEqualTo(1);
    }

    private ReminderStatus status(String reminderId) {
        return reminders.find(reminderId).map(Reminder::status).orElse(null);
    }

    private void publish(String type, String id, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>(type, id, 0, event));
    }

    private static ClientRegistered registered(BookingEvents session) {
        return new ClientRegistered(
                session.clientId(),
                "Ada",
                "ada@example.org",
                "+4930123456",
                ZoneId.of("Europe/Berlin"),
                "en",
                new ReminderPreferences(
                        EnumSet.of(Channel.EMAIL, Channel.SMS),
                        null,
                        null,
                        List.of(Duration.ofHours(48), Duration.ofHours(2))));
    }

    private static HttpServer refusingWebhook() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/sms", exchange -> {
                exchange.getRequestBody().readAllBytes();
                SMS_CALLS.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
