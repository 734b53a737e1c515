package com.migrainecare.booking.crash;

import com.migrainecare.booking.crash.Attempt.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * What the checks found: the problems, each a line of its own, and the figures of the run, printed as the
 * {@code crash-test:} summary line that each run leaves in the build's output whether it passes or fails.
 */
final class CrashReport {

    private final long seed;
    private final Figures figures = new Figures();
    private final List<String> problems = new ArrayList<>();

    CrashReport(long seed) {
        this.seed = seed;
    }

    Figures figures() {
        return figures;
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void problems(List<String> more) {
        problems.addAll(more);
    }

    List<String> problems() {
        return problems;
    }

    /** The load sends only well-formed requests: the service may refuse them for a conflict or a rule, no else. */
    void checkRefusals() {
        figures.refusedBy.forEach((refusal, count) -> {
            if (!refusal.startsWith("409 ") && !refusal.startsWith("422 ")) {
                problem(count + " requests refused with " + refusal + ": the load sends only well-formed ones");
            }
        });
    }

    /**
     * Prints the summary line, then every problem (the 5xx answers, which the contract does not allow, among them;
     * the summary counts them apart).
     */
    void print(long inFlightAtTheKill, Truth truth, int overlaps, int staleOffers) {
        System.out.printf(
                "crash-test: requests=%d acknowledged=%d (201=%d, reschedule 200=%d, cancel 200=%d) refused=%d %s"
                        + " 5xx=%d cut-off=%d (in flight at the kill=%d; bookings=%d found after restart=%d; reschedules=%d applied=%d;"
                        + " cancels=%d applied=%d) events: bookings=%d standing=%d claims=%d; view waited %d ms;"
                        + " overlaps=%d stale offers=%d problems=%d seed=%d%n",
                figures.requests,
                figures.acknowledged(),
                figures.acknowledgedBy.getOrDefault(Kind.BOOK, 0),
                figures.acknowledgedBy.getOrDefault(Kind.RESCHEDULE, 0),
                figures.acknowledgedBy.getOrDefault(Kind.CANCEL, 0),
                figures.refused(),
                figures.refusedBy,
                figures.serverErrors,
                figures.cutOff(),
                inFlightAtTheKill,
                figures.cutOffBy.getOrDefault(Kind.BOOK, 0),
                figures.foundCutOffBookings,
                figures.cutOffBy.getOrDefault(Kind.RESCHEDULE, 0),
                figures.appliedCutOffs.getOrDefault(Kind.RESCHEDULE, 0),
                figures.cutOffBy.getOrDefault(Kind.CANCEL, 0),
                figures.appliedCutOffs.getOrDefault(Kind.CANCEL, 0),
                truth.sessions().size(),
                truth.standingSessions().size(),
                truth.claims().size(),
                figures.catchUpMillis,
                overlaps,
                staleOffers,
                problems.size(),
                seed);
        if (figures.serverErrors > 0) {
            problem("5xx answers before the crash (the contract allows none): " + figures.serverErrorSamples);
        }
        problems.forEach(problem -> System.out.println("crash-test problem: " + problem));
    }
}
