/**
 * The baseline: a plain Spring Data MongoDB booking service (one document per booking, a query for an overlapping
 * booking of the same therapist, room or client before each insert, HTTP Basic) on the same Mongo-wire store,
 * serving the booking service's paths so that one client measures both.
 */
package com.migrainecare.bench.baseline;
