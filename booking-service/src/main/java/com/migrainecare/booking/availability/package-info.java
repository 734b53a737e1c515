/** Free slots across the chain: busy-time documents per therapist and room and day, and the search over them. */
package com.migrainecare.booking.availability;
