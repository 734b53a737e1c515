/**
 * Audit: who changed what, when and why, for every event of the shared store, and views of a booking or a day as
 * they stood at an instant, folded from the events.
 */
package com.migrainecare.booking.audit;
