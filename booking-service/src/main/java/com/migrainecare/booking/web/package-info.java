/** Small HTTP helpers of this service: paging, the If-Match / ETag version contract, times in answers. */
package com.migrainecare.booking.web;
