/** The notification service: it follows the booking events and reminds clients of the sessions that still stand. */
package com.migrainecare.notification;
