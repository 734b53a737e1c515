/**
 * Claimed time: which therapist, room and client is taken when, as a lookup table in the event store's
 * database, written in the transaction of the event that claims it and locked by the command that reads it.
 */
package com.migrainecare.booking.claim;
