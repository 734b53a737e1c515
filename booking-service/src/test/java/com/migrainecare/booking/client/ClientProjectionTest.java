package com.migrainecare.booking.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrainecare.booking.EmbeddedStore;
import com.migrainecare.booking.client.ClientProjection.ClientView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Trigger;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientEvent.ClearanceRecorded;
import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.kernel.client.ClientEvent.ClientRegistered;
import com.migrainecare.kernel.client.ClientEvent.IntakeRecorded;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clients projection and its query on a real Mongo-wire store, replays included. */
class ClientProjectionTest {

    private static final ClientId CLIENT = new ClientId("c-1");

    private final ClientRegistered registered = new ClientRegistered(
            CLIENT, "Ada", "ada@example.org", null, ZoneId.of("Europe/Berlin"), "de-DE", ReminderPreferences.DEFAULT);
    private final Intake intake =
            new Intake(18, 6, Set.of(PainArea.NECK), Set.of(Trigger.STRESS), null, null, Set.of(), null);
    private final Clearance clearance =
            new Clearance("cl-1", "Dr. Weiss", LocalDate.of(2030, 11, 1), LocalDate.of(2031, 11, 1), null);

    private EmbeddedStore store;
    private ClientProjection projection;
    private ClientQueries queries;

    @BeforeEach
    void startStore() {
        store = EmbeddedStore.start();
        projection = new ClientProjection(store.mongo());
        queries = new ClientQueries(store.mongo());
    }

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void clientHasProfileIntakeAndClearances() {
        projection.on(registered);
        projection.on(new IntakeRecorded(CLIENT, intake));
        projection.on(new ClearanceRecorded(CLIENT, clearance));

        assertThat(queries.get(CLIENT))
                .isEqualTo(new ClientView(
                        "c-1",
                        "Ada",
                        "ada@example.org",
                        null,
                        "Europe/Berlin",
                        "de-DE",
                        ReminderPreferences.DEFAULT,
                        intake,
                        List.of(clearance),
                        null));
    }

    @Test
    void erasedClientKeepsNoPersonalData() {
        Instant erasedAt = Instant.parse("2026-12-01T10:00:00Z");
        projection.on(registered);
        projection.on(new IntakeRecorded(CLIENT, intake));
        projection.on(new ClearanceRecorded(CLIENT, clearance));

        projection.on(new ClientErased(CLIENT), erasedAt);

        assertThat(queries.get(CLIENT))
                .isEqualTo(new ClientView(
                        "c-1",
                        null,
                        null,
                        null,
                        "Europe/Berlin",
                        "de-DE",
                        ReminderPreferences.DEFAULT,
                        null,
                        List.of(),
                        erasedAt));
    }

    @Test
    void replayAfterErasureLeavesTheErasedClient() {
        Instant erasedAt = Instant.parse("2026-12-01T10:00:00Z");
        ClientRegistered shredded = new ClientRegistered(
                CLIENT, null, null, null, ZoneId.of("Europe/Berlin"), "de-DE", ReminderPreferences.DEFAULT);
        projection.on(registered);
        projection.on(new ClientErased(CLIENT), erasedAt);
        ClientView erased = queries.get(CLIENT);

        projection.on(shredded);
        projection.on(new IntakeRecorded(CLIENT, null));
        projection.on(new ClearanceRecorded(CLIENT, null));
        projection.on(new ClientErased(CLIENT), erasedAt);

        assertThat(queries.get(CLIENT)).isEqualTo(erased);
        assertThat(erased.name()).isNull();
        assertThat(erased.erasedAt()).isEqualTo(erasedAt);
    }

    @Test
    void replayedEventsLeaveTheSameClient() {
        Clearance renewed = new Clearance("cl-2", "Dr. Weiss", LocalDate.of(2031, 11, 1), null, "renewed");
        projection.on(registered);
        projection.on(new IntakeRecorded(CLIENT, intake));
        projection.on(new ClearanceRecorded(CLIENT, clearance));
        projection.on(new ClearanceRecorded(CLIENT, renewed));
        ClientView once = queries.get(CLIENT);

        projection.on(registered);
        projection.on(new IntakeRecorded(CLIENT, intake));
        projection.on(new ClearanceRecorded(CLIENT, clearance));
        projection.on(new ClearanceRecorded(CLIENT, renewed));

        assertThat(queries.get(CLIENT)).isEqualTo(once);
        assertThat(once.clearances()).containsExactly(clearance, renewed);
        assertThat(once.intake()).isEqualTo(intake);
    }

    @Test
    void unknownClientIsNotFound() {
        projection.on(new IntakeRecorded(CLIENT, intake));

        assertThatThrownBy(() -> queries.get(CLIENT))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CLIENT_NOT_FOUND));
    }
}
