/** Clients: profile, intake, clearances, and the calendar that keeps a client in one session at a time. */
package com.migrainecare.booking.client;
