package com.migrainecare.bench.probe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a new probe: one command, one event, no state read. */
public record CreateProbe(@TargetAggregateIdentifier String probeId, String note) {}
