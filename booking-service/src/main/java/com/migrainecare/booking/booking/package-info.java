/** Sessions: the booking aggregate, the service that reserves therapist, room and client for it, and its views. */
package com.migrainecare.booking.booking;
