/**
 * The booking service's access rules, one bean per path family, applied by the platform's access gate before any
 * controller runs; and the lookups they need (where a booking, a series or a client is).
 */
package com.migrainecare.booking.access;
