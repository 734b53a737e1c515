/**
 * The waitlist: clients waiting for a technique in a time window at chosen locations, and the freed slots offered
 * to them one at a time, each held for the client until it is accepted, declined or its hold runs out.
 */
package com.migrainecare.booking.waitlist;
