package com.migrainecare.platform.processing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP while every streaming (tracking or pooled) event processor runs and none of its segments is stuck on a
 * failing event: a service whose projections stand still would answer with stale data. Each processor and
 * segment also shows its lag: how many positions of the event store it is behind the store's head (read once per
 * check; 0 when caught up). The bean name makes this the {@code eventProcessing} health contributor, which the
 * readiness group includes.
 */
@Component
public class EventProcessingHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final Supplier<OptionalLong> head;

    @Autowired
    public EventProcessingHealthIndicator(EventProcessingConfiguration processing, ObjectProvider<EventStore> store) {
        this(processing, () -> headOf(store.getIfAvailable()));
    }

    EventProcessingHealthIndicator(EventProcessingConfiguration processing, Supplier<OptionalLong> head) {
        this.processing = processing;
        this.head = head;
    }

    @Override
    public Health health() {
        Map<String, ProcessorStatus> statuses = new TreeMap<>();
        OptionalLong headPosition = head.get();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                statuses.put(name, ProcessorStatus.of(streaming, headPosition));
            }
        });
        boolean healthy = statuses.values().stream().allMatch(ProcessorStatus::healthy);
        return (healthy ? Health.up() : Health.down()).withDetails(statuses).build();
    }

    private static OptionalLong headOf(EventStore store) {
        if (store == null) {
            return OptionalLong.empty();
        }
        try {
            TrackingToken token = store.createHeadToken();
            return token == null ? OptionalLong.empty() : token.position();
        } catch (RuntimeException unreadable) {
            return OptionalLong.empty();
        }
    }

    /**
     * One processor: whether it runs, whether it stopped on an error, its lag (the largest of its segments', absent
     * when unknown) and where each claimed segment is.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProcessorStatus(boolean running, boolean error, Long lag, List<SegmentStatus> segments) {

        static ProcessorStatus of(StreamingEventProcessor processor, OptionalLong head) {
            List<SegmentStatus> segments = processor.processingStatus().values().stream()
                    .map(status -> SegmentStatus.of(status, head))
                    .sorted(Comparator.comparingInt(SegmentStatus::segment))
                    .toList();
            Long lag = segments.stream()
                    .map(SegmentStatus::lag)
                    .filter(Objects::nonNull)
                    .max(Long::compare)
                    .orElse(null);
            return new ProcessorStatus(processor.isRunning(), processor.isError(), lag, segments);
        }

        /** A segment that waits for events to be committed is not a failure, nor is its processor's error mode. */
        boolean healthy() {
            boolean failing = segments.stream().anyMatch(segment -> segment.error() && !segment.waiting());
            boolean waiting = segments.stream().anyMatch(SegmentStatus::waiting);
            return running && !failing && (!error || waiting);
        }
    }

    /**
     * One segment; {@code position} and {@code lag} (positions behind the store's head) are absent when the token
     * cannot tell them, {@code failure} when all is well; {@code waiting} when its error is a
     * {@link WaitingForEvents}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SegmentStatus(
            int segment,
            boolean caughtUp,
            boolean replaying,
            Long position,
            Long lag,
            boolean error,
            String failure,
            boolean waiting) {

        static SegmentStatus of(EventTrackerStatus status, OptionalLong head) {
            OptionalLong position = status.getCurrentPosition();
            Long lag = position.isPresent() && head.isPresent()
                    ? Math.max(0, head.getAsLong() - position.getAsLong())
                    : null;
            return new SegmentStatus(
                    status.getSegment().getSegmentId(),
                    status.isCaughtUp(),
                    status.isReplaying(),
                    position.isPresent() ? position.getAsLong() : null,
                    lag,
                    status.isErrorState(),
                    status.isErrorState() ? String.valueOf(status.getError()) : null,
                    status.isErrorState() && status.getError() instanceof WaitingForEvents);
        }
    }
}
