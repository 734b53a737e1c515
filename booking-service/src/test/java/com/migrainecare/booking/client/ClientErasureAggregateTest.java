package com.migrainecare.booking.client;

import static com.migrainecare.booking.client.ClientAggregateTest.ruleViolation;

import com.migrainecare.booking.client.ClientAggregateTest.CheckClearance;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.care.Technique;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientCommand.EraseClient;
import com.migrainecare.kernel.client.ClientCommand.RecordClearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.BookingId;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasing a client's personal data, and how the record reads once its sealed fields are gone. */
class ClientErasureAggregateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final ClientId MARA = new ClientId("client-mara");
    private static final ClientRegistered REGISTERED = new ClientRegistered(
            MARA,
            "Mara Klein",
            "mara@example.org",
            null,
            ZoneId.of("Europe/Berlin"),
            "de",
            ReminderPreferences.DEFAULT);

    /** How the client's events read after the erasure: every sealed field is absent. */
    private static final ClientRegistered REGISTERED_SHREDDED =
            new ClientRegistered(MARA, null, null, null, ZoneId.of("Europe/Berlin"), "de", ReminderPreferences.DEFAULT);

    private FixtureConfiguration<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = ClientAggregateTest.clientFixture();
    }

    @Test
    void erasingAClientRecordsTheErasure() {
        fixture.givenCurrentTime(NOW)
                .andGiven(REGISTERED)
                .when(new EraseClient(MARA))
                .expectEvents(new ClientErased(MARA));
    }

    @Test
    void erasingTwiceRecordsNothingNew() {
        fixture.givenCurrentTime(NOW)
                .andGiven(REGISTERED_SHREDDED, new ClientErased(MARA))
                .when(new EraseClient(MARA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRecordIntakeForAnErasedClient() {
        fixture.givenCurrentTime(NOW)
                .andGiven(REGISTERED_SHREDDED, new ClientErased(MARA))
                .when(new RecordIntake(MARA, null))
                .expectException(ruleViolation(ErrorCode.CLIENT_ERASED))
                .expectNoEvents();
    }

    @Test
    void cannotRecordClearanceForAnErasedClient() {
        Clearance clearance = new Clearance("cl-1", "Dr. Brandt", TODAY, null, null);

        fixture.givenCurrentTime(NOW)
                .andGiven(REGISTERED_SHREDDED, new ClientErased(MARA))
                .when(new RecordClearance(MARA, clearance))
                .expectException(ruleViolation(ErrorCode.CLIENT_ERASED))
                .expectNoEvents();
    }

    @Test
    void cannotBookAnErasedClient() {
        fixture.givenCurrentTime(NOW)
                .andGiven(REGISTERED_SHREDDED, new IntakeRecorded(MARA, null), new ClearanceRecorded(MARA, null))
                .andGiven(new ClientErased(MARA))
                .when(new CheckClearance(
                        MARA, new BookingId("booking-1"), Set.of(Technique.EFFLEURAGE), false, TODAY, null))
                .expectException(ruleViolation(ErrorCode.CLIENT_ERASED))
                .expectNoEvents();
    }
}
