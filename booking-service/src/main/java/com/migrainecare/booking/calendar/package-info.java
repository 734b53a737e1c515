/**
 * Calendar feeds (RFC 5545): a therapist's or a client's sessions for their calendar application, read with
 * credentials or through a secret link that its owner can rotate. No health data leaves through a feed.
 */
package com.migrainecare.booking.calendar;
