package com.migrainecare.booking.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.booking.crash.Attempt.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the booking service with SIGKILL while eight clients book, move and cancel sessions, restarts it on the
 * same stores and checks what survived against what each client was told.
 *
 * <p>The service runs as a process of its own, started from the test's class path (without the test classes),
 * on the H2 file its data directory names and the embedded Mongo-wire store in a file beside it (or, when
 * {@code CLINIC_DB_URL} is set, on a schema of its own in that database). After the restart the event store is
 * the truth, read over JDBC:
 *
 * <ol>
 *   <li>every acknowledged booking is there, at the placement of its last acknowledged move (or of the move cut
 *       off after it, which then is there whole: event, claims and view);
 *   <li>no refused request left an event: every SessionBooked event belongs to an acknowledged booking or to one
 *       cut off by the crash (matched by client, therapist and time), and every booking has exactly the events
 *       of its acknowledged requests plus at most the one cut off;
 *   <li>the claims table holds exactly the three claims (therapist, room, client) of each standing booking, at
 *       its slot, and nothing else;
 *   <li>no two claims of one resource overlap, nor two standing sessions of one therapist, room or client in
 *       the events or in the bookings view, and availability offers no slot a standing session holds.
 * </ol>
 *
 * The seed of the random load is printed; {@code -Dcrash.seed=...} replays the same choices (not the same
 * timing).
 */
class BookingCrashTest {

    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failed run leaves its stores and logs for a look
    Path dataDir;

    private StoreOfRecord store;
    private ServiceLauncher launcher;

    @AfterEach
    void stopServices() throws Exception {
        if (launcher != null) {
            launcher.killAll();
        }
        if (store != null) {
            store.dropSchema();
        }
    }

    @Test
    void acknowledgedBookingsSurviveAKillAndCutOffOnesAreWhollyThereOrWhollyAbsent() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        store = StoreOfRecord.choose(dataDir.toAbsolutePath().normalize());
        launcher = new ServiceLauncher(dataDir, store.serviceArguments());
        try {
            ServiceProcess first = launcher.start("first");
            first.awaitReady();
            ClinicSetup clinic = ClinicSetup.createOver(first);

            Load load = new Load(110 + random.nextInt(70));
            load.start(first, clinic, seed);
            boolean targetReached = load.awaitKillTarget();
            first.sigkill();
            load.killed();
            Instant killedAt = Instant.now();
            assertThat(first.exitsWithin(30))
                    .as("the killed service has exited")
                    .isTrue();
            if (isLinux()) {
                assertThat(first.exitValue()).as("exit code of SIGKILL").isEqualTo(SIGKILL_EXIT);
            }
            assertThat(load.threadsEndWithin(60))
                    .as("the load threads stop once the service is gone")
                    .isTrue();
            load.rethrowClientFailures();
            System.out.printf(
                    "crash-test: seed=%d killed at %s after %d answers (target %d%s)%n",
                    seed,
                    killedAt,
                    load.answered(),
                    load.killAfter(),
                    targetReached ? "" : ", not reached: killed on time");

            ServiceProcess second = launcher.start("second");
            second.awaitReady();
            verify(second, clinic, load, seed);
        } catch (Throwable failure) {
            System.out.println("crash-test: the stores and logs of this run stay in " + dataDir);
            launcher.printTails(120);
            throw failure;
        }
    }

    private void verify(ServiceProcess restarted, ClinicSetup clinic, Load load, long seed) throws Exception {
        Truth truth = store.read();
        CrashReport report = new CrashReport(seed);
        Expectations expectations = Expectations.of(load, report);

        StoreInvariants inTheStore = new StoreInvariants(truth, report);
        inTheStore.acknowledgedBookingsAreWhereTheyWereLeft(expectations);
        inTheStore.otherBookingsWereCutOffAndAreWhole(expectations);
        inTheStore.claimsAreThoseOfTheStandingBookings(clinic.locationId());
        List<String> overlaps = new ArrayList<>(inTheStore.overlaps());

        ViewChecker views = new ViewChecker(restarted, clinic, truth, report);
        views.awaitBookingsViewCatchingUp(store);
        views.acknowledgedBookingsReadAsStored(expectations.acknowledgedIds());
        overlaps.addAll(views.overlapsInTheBookingsView());
        int staleOffers = views.awaitAvailabilityWithoutStaleOffers();

        report.problems(overlaps);
        report.checkRefusals();
        report.print(load.inFlightAtTheKill(), truth, overlaps.size(), staleOffers);

        assertThat(report.problems())
                .as("what the crash left behind (seed %d)", seed)
                .isEmpty();
        assertThat(report.figures().acknowledgedBy.getOrDefault(Kind.BOOK, 0))
                .as("bookings acknowledged before the crash")
                .isPositive();
        assertThat(report.figures().refused())
                .as("requests refused before the crash")
                .isPositive();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
