package com.migrainecare.bench.reminder;

import com.migrainecare.bench.core.Log;
import com.migrainecare.bench.core.Stats;
import com.migrainecare.bench.report.Figure;
import com.migrainecare.bench.report.Results;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Lateness as the service recorded it: for each measured reminder, from {@code dueAt} to {@code sentAt} (the
 * moment the channel accepted it), with {@code dueAt} moved by the shift the tasks were moved by. A reminder handed over before it was due counts as 0. Also the rate at which
 * the minute's reminders went out, and how many ended in each status.
 */
final class LatenessFigures {

    private final MongoTemplate mongo;
    private final Results results;

    LatenessFigures(MongoTemplate mongo, Results results) {
        this.mongo = mongo;
        this.results = results;
    }

    void collect(String prefix, Duration shift, Instant first, Duration spread) {
        Query query = Query.query(Criteria.where("_id").regex("^" + Pattern.quote(prefix + "-")));
        query.fields().include("dueAt", "status", "sentAt");
        List<SeededReminder.Outcome> outcomes = mongo.find(query, SeededReminder.Outcome.class);
        Map<String, Integer> byStatus = new TreeMap<>();
        outcomes.forEach(outcome -> byStatus.merge(outcome.status(), 1, Integer::sum));
        List<SeededReminder.Outcome> sent =
                outcomes.stream().filter(o -> o.sentAt() != null).toList();
        long[] lateness = sent.stream()
                .mapToLong(o -> Math.max(
                        0, Duration.between(o.dueAt().plus(shift), o.sentAt()).toNanos()))
                .toArray();
        Instant lastSent = sent.stream()
                .map(SeededReminder.Outcome::sentAt)
                .max(Instant::compareTo)
                .orElse(first);
        long elapsed = Math.max(1, Duration.between(first, lastSent).toNanos());
        Stats stats = new Stats(
                sent.size(), outcomes.size() - sent.size(), elapsed, lateness, List.of(), Double.NaN, Double.NaN);
        results.fact("statuses", byStatus);
        results.fact("latenessP50Millis", stats.percentileMillis(50));
        results.fact("latenessP90Millis", stats.percentileMillis(90));
        results.fact("latenessP99Millis", stats.percentileMillis(99));
        results.fact("latenessMaxMillis", stats.maxMillis());
        results.fact("latenessMeanMillis", stats.meanMillis());
        results.fact("handedOverPerSecond", stats.perSecond());
        results.fact("dueFromTo", first + " .. " + first.plus(spread));
        results.fact("lastHandedOver", lastSent.toString());
        results.figure(
                "lateness",
                Figure.of(
                        "lateness, due -> handed to the channel",
                        0,
                        stats,
                        "rate: handed over per second from the first due time to the last hand-over"));
        results.target(
                "lateness.p99",
                "lateness p99 (ms)",
                stats.percentileMillis(99),
                "sentAt - dueAt over the measured reminders",
                1000,
                true);
        Log.info(
                "lateness over %,d reminders: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms; %.0f/s; %s",
                sent.size(),
                stats.percentileMillis(50),
                stats.percentileMillis(90),
                stats.percentileMillis(99),
                stats.maxMillis(),
                stats.perSecond(),
                byStatus);
    }
}
