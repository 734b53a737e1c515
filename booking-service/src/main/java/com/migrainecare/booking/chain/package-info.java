/** The chain: locations with rooms and policies, therapists with techniques, shifts, time off and calendars. */
package com.migrainecare.booking.chain;
