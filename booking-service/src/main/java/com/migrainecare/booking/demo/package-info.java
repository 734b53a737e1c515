/** The optional demo data set: a chain of three clinics in three time zones, therapists, clients, bookings. */
package com.migrainecare.booking.demo;
