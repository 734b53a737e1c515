/**
 * A benchmark of the booking service on its embedded default stores (events in an H2 file, read models in the
 * embedded Mongo-wire store): booking throughput as the event store grows, against the ceilings of the same
 * database and service, projection lag, availability search, and the HTTP API against a plain baseline. Run it
 * with {@code bench/run.sh}; it is not part of the test suite.
 */
package com.migrainecare.bench;
