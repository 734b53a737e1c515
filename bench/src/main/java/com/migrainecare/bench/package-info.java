/**
 * A benchmark of the booking service against the embedded Mongo-wire store: booking throughput with the
 * projections live, raw insert throughput of the same store, availability-search latency, reschedules, and
 * how booking throughput changes as the event store grows, with and without the aggregate cache. Run it with
 * {@code bench/run.sh}; it is not part of the test suite.
 */
package com.migrainecare.bench;
