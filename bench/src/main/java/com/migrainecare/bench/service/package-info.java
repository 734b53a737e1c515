/**
 * The booking service under test, started in this JVM on a data directory of its own, and what the benchmark
 * reads and changes around it: the event table, the processors' tokens, a hook on their handlers.
 */
package com.migrainecare.bench.service;
