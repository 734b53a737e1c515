/**
 * Audit: who changed what, when and why, for every event of the shared store; views of a booking or a day as
 * they stood at an instant, folded from the events; and a hash chain that shows whether stored events changed.
 */
package com.migrainecare.booking.audit;
