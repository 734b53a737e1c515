package com.migrainecare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.migrainecare.kernel.booking.BookingStatus;
import com.migrainecare.notification.reminder.ReminderDispatcher.Claim;
import com.migrainecare.notification.session.WatchedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dispatchers of two instances on one database and one read store, as two processes of the service would run
 * them: every due reminder is handed over exactly once, by whichever instance claimed it, also when both claim
 * at the same moment and when an instance stops between its claim and the hand-over.
 */
class TwoInstancesTest {

    private static final int REMINDERS = 12;

    private final DispatchFixture stores = new DispatchFixture();
    private final List<ReminderDispatchLoop> loops = new ArrayList<>();

    @AfterEach
    void stop() {
        loops.forEach(ReminderDispatchLoop::stop);
        stores.close();
    }

    @Test
    void eachDueReminderIsSentOnceThoughTwoInstancesPoll() {
        stores.plan(REMINDERS, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        for (int instance = 0; instance < 2; instance++) {
            ReminderDispatchLoop loop = new ReminderDispatchLoop(
                    stores.dispatcher(Clock.systemUTC(), 3),
                    new ReminderDispatchProperties(2, 3, Duration.ofMillis(50), DispatchFixture.LEASE));
            loops.add(loop);
            loop.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> stores.inStatus(ReminderStatus.SENT) == REMINDERS);
        assertThat(stores.handedOver).hasSize(REMINDERS).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(10)).until(() -> stores.timersLeft() == 0);
    }

    @Test
    void twoDispatchersRacingForTheSameBatchSplitItAndSendEachReminderOnce() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        stores.plan(REMINDERS, now.minusSeconds(1));
        ReminderDispatcher first = stores.dispatcher(DispatchFixture.at(now), REMINDERS);
        ReminderDispatcher second = stores.dispatcher(DispatchFixture.at(now), REMINDERS);
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Claim> firstClaim = CompletableFuture.supplyAsync(() -> claimWhenBoth(first, together));
        CompletableFuture<Claim> secondClaim = CompletableFuture.supplyAsync(() -> claimWhenBoth(second, together));
        Claim a = firstClaim.get();
        Claim b = secondClaim.get();

        Set<String> both = new HashSet<>(a.reminderIds());
        both.retainAll(b.reminderIds());
        assertThat(both).as("claimed by both").isEmpty();
        assertThat(a.reminderIds().size() + b.reminderIds().size()).isEqualTo(REMINDERS);
        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> first.send(a)),
                        CompletableFuture.runAsync(() -> second.send(b)))
                .get();
        assertThat(stores.handedOver).hasSize(REMINDERS).doesNotHaveDuplicates();
        assertThat(stores.inStatus(ReminderStatus.SENT)).isEqualTo(REMINDERS);
        assertThat(stores.timersLeft()).isZero();
    }

    @Test
    void aClaimThatLapsesAfterAnInstanceStoppedIsSentOnceByAnother() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Reminder> planned = stores.plan(REMINDERS, now.minusSeconds(1));
        ReminderDispatcher stopping = stores.dispatcher(DispatchFixture.at(now), REMINDERS);
        Claim lapsing = stopping.claim();
        assertThat(lapsing.reminderIds()).hasSize(REMINDERS);
        // the instance claimed the batch, handed one reminder over and stopped before it recorded anything more
        Reminder first = planned.get(0);
        stores.channels(DispatchFixture.at(now))
                .send(new ReminderTexts(ReminderPolicy.defaults())
                        .compose(first, stores.contacts.findById("client-1").orElseThrow(), "ada@example.org"));
        assertThat(stores.handedOver).hasSize(1);

        ReminderDispatcher early = stores.dispatcher(DispatchFixture.at(now.plus(Duration.ofMinutes(4))), REMINDERS);
        assertThat(early.dispatchDue()).as("claimed while the lease runs").isZero();

        Instant afterLease = now.plus(DispatchFixture.LEASE).plusSeconds(1);
        ReminderDispatcher other = stores.dispatcher(DispatchFixture.at(afterLease), REMINDERS);
        assertThat(other.dispatchDue()).isEqualTo(REMINDERS);

        assertThat(stores.handedOver).hasSize(REMINDERS).doesNotHaveDuplicates();
        assertThat(stores.inStatus(ReminderStatus.SENT)).isEqualTo(REMINDERS);
        assertThat(stores.timersLeft()).isZero();

        // the stopped instance comes back with its old claim: its hand-over time is over, nothing goes out again
        stores.dispatcher(DispatchFixture.at(afterLease), REMINDERS).send(lapsing);
        assertThat(stores.handedOver).hasSize(REMINDERS);
    }

    @Test
    void aWithdrawalLosesToAClaimedTimerAndTheDispatcherWithdrawsItForTheCancelledSession() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Reminder reminder = stores.plan(1, now.minusSeconds(1)).get(0);
        ReminderDispatcher dispatcher = stores.dispatcher(DispatchFixture.at(now), 10);
        Claim claim = dispatcher.claim();

        assertThat(stores.schedule.cancelUnlessClaimed(reminder.id())).isFalse();
        assertThat(stores.timersLeft()).isOne();
        stores.mongo.save(new WatchedSession(
                reminder.bookingId(),
                reminder.clientId(),
                "therapist-1",
                "location-1",
                reminder.sessionStart(),
                reminder.sessionStart().plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Berlin"),
                BookingStatus.CANCELLED,
                1,
                now));
        dispatcher.send(claim);

        assertThat(stores.handedOver).isEmpty();
        assertThat(stores.reminders.find(reminder.id())).map(Reminder::status).hasValue(ReminderStatus.WITHDRAWN);
        assertThat(stores.timersLeft()).isZero();
    }

    @Test
    void aWithdrawalThatRemovesAFreeTimerLeavesNothingToClaim() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Reminder reminder = stores.plan(1, now.minusSeconds(1)).get(0);

        assertThat(stores.schedule.cancelUnlessClaimed(reminder.id())).isTrue();
        assertThat(stores.reminders.withdraw(reminder.id(), "the session was cancelled"))
                .isTrue();

        assertThat(stores.dispatcher(DispatchFixture.at(now), 10).dispatchDue()).isZero();
        assertThat(stores.handedOver).isEmpty();
        assertThat(stores.reminders.find(reminder.id())).map(Reminder::status).hasValue(ReminderStatus.WITHDRAWN);
        assertThat(stores.schedule.cancelUnlessClaimed(reminder.id()))
                .as("no timer left: nothing holds the reminder")
                .isTrue();
    }

    @Test
    void aWithdrawalBeforeTheClaimWinsAndNothingIsSent() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Reminder reminder = stores.plan(1, now.minusSeconds(1)).get(0);
        ReminderDispatcher dispatcher = stores.dispatcher(DispatchFixture.at(now), 10);
        Claim claim = dispatcher.claim();

        assertThat(stores.reminders.withdraw(reminder.id(), "the session was cancelled"))
                .isTrue();
        dispatcher.send(claim);

        assertThat(stores.handedOver).isEmpty();
        assertThat(stores.reminders.find(reminder.id())).map(Reminder::status).hasValue(ReminderStatus.WITHDRAWN);
        assertThat(stores.timersLeft()).isZero();
    }

    private static Claim claimWhenBoth(ReminderDispatcher dispatcher, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return dispatcher.claim();
    }
}
