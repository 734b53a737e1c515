package com.migrainecare.bench.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * A hook on every streaming processor's handlers: while recording, it notes, per aggregate, when each processor
 * finished handling an event of it: when the batch that handled it committed (its read models written, its token
 * stored). An aggregate counts as handled once every processor that handles the awaited event type has handled
 * it: the lag is that of the slowest processor, not of the first one to get there.
 */
public final class ProjectionWatch implements AutoCloseable {

    private final Map<String, Map<String, Long>> handledAt = new ConcurrentHashMap<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final Set<String> awaited = new HashSet<>();
    private volatile boolean recording;

    /** Watches the processors that handle {@code eventType} (a booking's first event, say). */
    public ProjectionWatch(Processors processors, Class<?> eventType) {
        for (StreamingEventProcessor processor : processors.streaming()) {
            if (processor instanceof AbstractEventProcessor hooked) {
                String name = hooked.getName();
                if (hooked.eventHandlerInvoker().canHandleType(eventType)) {
                    awaited.add(name);
                }
                registrations.add(hooked.registerHandlerInterceptor((unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    EventMessage<?> message = unitOfWork.getMessage();
                    if (recording && message instanceof DomainEventMessage<?> domain) {
                        String aggregate = domain.getAggregateIdentifier();
                        unitOfWork.afterCommit(committed -> handledAt
                                .computeIfAbsent(aggregate, id -> new ConcurrentHashMap<>())
                                .merge(name, System.nanoTime(), Math::max));
                    }
                    return result;
                }));
            }
        }
    }

    public boolean hooked() {
        return !registrations.isEmpty();
    }

    /** The processors an aggregate waits for. */
    public Set<String> awaited() {
        return Set.copyOf(awaited);
    }

    public void record(boolean on) {
        if (on) {
            handledAt.clear();
        }
        recording = on;
    }

    /**
     * When every awaited processor had handled the aggregate's events ({@code System.nanoTime()} of the last of
     * them), or null while one has not.
     */
    public Long handledAt(String aggregateId) {
        Map<String, Long> byProcessor = handledAt.get(aggregateId);
        if (byProcessor == null || !byProcessor.keySet().containsAll(awaited)) {
            return null;
        }
        return byProcessor.values().stream().max(Long::compare).orElse(null);
    }

    /** When each processor last handled an event of the aggregate ({@code System.nanoTime()}). */
    public Map<String, Long> handledBy(String aggregateId) {
        return Map.copyOf(handledAt.getOrDefault(aggregateId, Map.of()));
    }

    @Override
    public void close() {
        registrations.forEach(Registration::cancel);
        handledAt.clear();
    }
}
