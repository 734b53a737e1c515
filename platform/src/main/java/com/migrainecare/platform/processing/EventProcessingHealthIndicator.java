package com.migrainecare.platform.processing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP while every streaming (tracking or pooled) event processor runs and none of its segments is stuck on a
 * failing event: a service whose projections stand still would answer with stale data. The bean name makes
 * this the {@code eventProcessing} health contributor, which the readiness group includes.
 */
@Component
public class EventProcessingHealthIndicator implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessingHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, ProcessorStatus> statuses = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                statuses.put(name, ProcessorStatus.of(streaming));
            }
        });
        boolean healthy = statuses.values().stream().allMatch(ProcessorStatus::healthy);
        return (healthy ? Health.up() : Health.down()).withDetails(statuses).build();
    }

    /** One processor: whether it runs, whether it stopped on an error, and where each claimed segment is. */
    record ProcessorStatus(boolean running, boolean error, List<SegmentStatus> segments) {

        static ProcessorStatus of(StreamingEventProcessor processor) {
            List<SegmentStatus> segments = processor.processingStatus().values().stream()
                    .map(SegmentStatus::of)
                    .sorted(Comparator.comparingInt(SegmentStatus::segment))
                    .toList();
            return new ProcessorStatus(processor.isRunning(), processor.isError(), segments);
        }

        /** A segment that waits for events to be committed is not a failure, nor is its processor's error mode. */
        boolean healthy() {
            boolean failing = segments.stream().anyMatch(segment -> segment.error() && !segment.waiting());
            boolean waiting = segments.stream().anyMatch(SegmentStatus::waiting);
            return running && !failing && (!error || waiting);
        }
    }

    /**
     * One segment; {@code position} is absent when the token cannot tell it, {@code failure} when all is well;
     * {@code waiting} when its error is a {@link WaitingForEvents}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SegmentStatus(
            int segment,
            boolean caughtUp,
            boolean replaying,
            Long position,
            boolean error,
            String failure,
            boolean waiting) {

        static SegmentStatus of(EventTrackerStatus status) {
            OptionalLong position = status.getCurrentPosition();
            return new SegmentStatus(
                    status.getSegment().getSegmentId(),
                    status.isCaughtUp(),
                    status.isReplaying(),
                    position.isPresent() ? position.getAsLong() : null,
                    status.isErrorState(),
                    status.isErrorState() ? String.valueOf(status.getError()) : null,
                    status.isErrorState() && status.getError() instanceof WaitingForEvents);
        }
    }
}
