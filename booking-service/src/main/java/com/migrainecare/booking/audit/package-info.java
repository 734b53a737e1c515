/** Audit: who changed what, when and why, for every event of the shared store. */
package com.migrainecare.booking.audit;
