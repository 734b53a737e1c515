/** The clinic chain: locations with their rooms and time zone, therapists with techniques, shifts and time off. */
package com.migrainecare.kernel.chain;
