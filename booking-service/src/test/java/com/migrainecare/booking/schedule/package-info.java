/** Durable scheduled work on the event store's database. */
package com.migrainecare.booking.schedule;
