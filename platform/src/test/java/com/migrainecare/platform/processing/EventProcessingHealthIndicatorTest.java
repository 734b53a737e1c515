package com.migrainecare.platform.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.migrainecare.platform.processing.EventProcessingHealthIndicator.ProcessorStatus;
import com.migrainecare.platform.processing.EventProcessingHealthIndicator.SegmentStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Processor states are hard to provoke in a running service, so they are stubbed here. */
class EventProcessingHealthIndicatorTest {

    private final Map<String, EventProcessor> processors = new LinkedHashMap<>();
    private OptionalLong head = OptionalLong.of(42);
    private final EventProcessingHealthIndicator indicator =
            new EventProcessingHealthIndicator(configuration(), () -> head);

    @Test
    void upWhileEveryProcessorRunsWithoutErrors() {
        processors.put("session-watch", streaming(true, false, segment(false, 42)));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("session-watch"))
                .isEqualTo(new ProcessorStatus(
                        true, false, 0L, List.of(new SegmentStatus(0, true, false, 42L, 0L, false, null, false))));
    }

    @Test
    void showsHowFarEachProcessorIsBehindTheHeadOfTheStore() {
        processors.put("reminder-planning", streaming(true, false, segment(false, 30)));
        head = OptionalLong.of(45);

        ProcessorStatus status =
                (ProcessorStatus) indicator.health().getDetails().get("reminder-planning");

        assertThat(status.lag()).isEqualTo(15L);
        assertThat(status.segments()).singleElement().satisfies(segment -> assertThat(segment.lag())
                .isEqualTo(15L));
    }

    @Test
    void downWhenAProcessorIsNotRunning() {
        processors.put("session-watch", streaming(true, false, segment(false, 1)));
        processors.put("stopped", streaming(false, false));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenAProcessorHasStoppedOnAnError() {
        processors.put("session-watch", streaming(true, true));

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhileASegmentRetriesAFailingEvent() {
        processors.put("session-watch", streaming(true, false, segment(true, 7)));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        ProcessorStatus status = (ProcessorStatus) health.getDetails().get("session-watch");
        assertThat(status.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.error()).isTrue();
            assertThat(segment.failure()).contains("store unavailable");
        });
    }

    @Test
    void upWhileASegmentWaitsForEventsToBeCommitted() {
        EventTrackerStatus waiting = segment(true, 7);
        when(waiting.getError()).thenReturn(new WaitingForEvents("index 6 may still be committed"));
        processors.put("audit-chain", streaming(true, true, waiting));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        ProcessorStatus status = (ProcessorStatus) health.getDetails().get("audit-chain");
        assertThat(status.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.waiting()).isTrue();
            assertThat(segment.failure()).contains("may still be committed");
        });
    }

    @Test
    void processorsThatDoNotTrackAStreamAreNotJudged() {
        processors.put("subscribing", mock(EventProcessor.class));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).isEmpty();
    }

    private EventProcessingConfiguration configuration() {
        EventProcessingConfiguration configuration = mock(EventProcessingConfiguration.class);
        when(configuration.eventProcessors()).thenReturn(processors);
        return configuration;
    }

    private static StreamingEventProcessor streaming(boolean running, boolean error, EventTrackerStatus... segments) {
        StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
        when(processor.isRunning()).thenReturn(running);
        when(processor.isError()).thenReturn(error);
        Map<Integer, EventTrackerStatus> status = new LinkedHashMap<>();
        for (EventTrackerStatus segment : segments) {
            status.put(segment.getSegment().getSegmentId(), segment);
        }
        when(processor.processingStatus()).thenReturn(status);
        return processor;
    }

    private static EventTrackerStatus segment(boolean failing, long position) {
        EventTrackerStatus status = mock(EventTrackerStatus.class);
        when(status.getSegment()).thenReturn(Segment.ROOT_SEGMENT);
        when(status.isCaughtUp()).thenReturn(!failing);
        when(status.getCurrentPosition()).thenReturn(OptionalLong.of(position));
        when(status.isErrorState()).thenReturn(failing);
        when(status.getError()).thenReturn(failing ? new IllegalStateException("store unavailable") : null);
        return status;
    }
}
