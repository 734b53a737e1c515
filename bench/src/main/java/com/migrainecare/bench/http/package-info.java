/**
 * One HTTP client for both services under test (the booking service and the baseline): the same requests, the
 * same users, the same measurements.
 */
package com.migrainecare.bench.http;
