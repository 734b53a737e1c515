/** Sessions: booked, moved, cancelled, attended or missed. */
package com.migrainecare.kernel.booking;
