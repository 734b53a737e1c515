/**
 * Care plans and recurring series: the cadence recommended from a client's intake, the plan a client accepts,
 * and series whose occurrences are booked one by one through the booking desk, with alternatives for conflicts.
 */
package com.migrainecare.booking.careplan;
