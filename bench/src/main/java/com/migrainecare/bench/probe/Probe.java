package com.migrainecare.bench.probe;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An aggregate that is only ever created, through the same repository and event store as every other. */
@Aggregate
public class Probe {

    @AggregateIdentifier
    private String probeId;

    protected Probe() {}

    @CommandHandler
    public Probe(CreateProbe command) {
        apply(new ProbeCreated(command.probeId(), command.note()));
    }

    @EventSourcingHandler
    void on(ProbeCreated event) {
        this.probeId = event.probeId();
    }
}
