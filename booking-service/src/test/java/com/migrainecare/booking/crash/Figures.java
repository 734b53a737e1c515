package com.migrainecare.booking.crash;

import com.migrainecare.booking.crash.Attempt.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a run: what came of the requests, and what the checks found of the ones the crash cut off. */
final class Figures {

    int requests;
    final Map<Kind, Integer> acknowledgedBy = new HashMap<>();
    final Map<String, Integer> refusedBy = new TreeMap<>();
    final Map<Kind, Integer> cutOffBy = new HashMap<>();
    final Map<Kind, Integer> appliedCutOffs = new HashMap<>();
    int serverErrors;
    final List<String> serverErrorSamples = new ArrayList<>();
    int foundCutOffBookings;
    long catchUpMillis;

    void count(Attempt attempt) {
        requests++;
        switch (attempt.outcome) {
            case ACKNOWLEDGED -> acknowledgedBy.merge(attempt.kind, 1, Integer::sum);
            case REFUSED -> refusedBy.merge(attempt.status + " " + attempt.code, 1, Integer::sum);
            case CUT_OFF -> cutOffBy.merge(attempt.kind, 1, Integer::sum);
            case SERVER_ERROR -> {
                serverErrors++;
                cutOffBy.merge(attempt.kind, 1, Integer::sum);
                if (serverErrorSamples.size() < 5) {
                    serverErrorSamples.add(attempt.toString());
                }
            }
        }
    }

    int acknowledged() {
        return sum(acknowledgedBy);
    }

    int refused() {
        return sum(refusedBy);
    }

    int cutOff() {
        return sum(cutOffBy);
    }

    private static int sum(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
