package com.migrainecare.bench.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * A hook on every streaming processor's handlers: while recording, it notes when the last processor finished
 * handling an event of each aggregate (after the handlers wrote their read models, before the token commit).
 */
public final class ProjectionWatch implements AutoCloseable {

    private final Map<String, Long> handledAt = new ConcurrentHashMap<>();
    private final List<Registration> registrations = new ArrayList<>();
    private volatile boolean recording;

    public ProjectionWatch(Processors processors) {
        for (StreamingEventProcessor processor : processors.streaming()) {
            if (processor instanceof AbstractEventProcessor hooked) {
                registrations.add(hooked.registerHandlerInterceptor((unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    if (recording) {
                        EventMessage<?> message = unitOfWork.getMessage();
                        if (message instanceof DomainEventMessage<?> domain) {
                            handledAt.merge(domain.getAggregateIdentifier(), System.nanoTime(), Math::max);
                        }
                    }
                    return result;
                }));
            }
        }
    }

    public boolean hooked() {
        return !registrations.isEmpty();
    }

    public void record(boolean on) {
        if (on) {
            handledAt.clear();
        }
        recording = on;
    }

    /** When the aggregate's events were last handled ({@code System.nanoTime()}), or null. */
    public Long handledAt(String aggregateId) {
        return handledAt.get(aggregateId);
    }

    @Override
    public void close() {
        registrations.forEach(Registration::cancel);
        handledAt.clear();
    }
}
