package com.migrainecare.bench.probe;

import org.axonframework.serialization.Revision;

/** A probe was created; about the size of a small domain event. */
@Revision("1")
public record ProbeCreated(String probeId, String note) {}
