/** Small HTTP helpers of this service: paging and the If-Match / ETag version contract. */
package com.migrainecare.booking.web;
