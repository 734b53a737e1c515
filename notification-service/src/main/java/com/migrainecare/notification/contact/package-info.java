/**
 * The clients' contact details and reminder preferences (channels, language, time zone, quiet hours, lead
 * times), as registered with the booking service; the reminders read them and nothing else does.
 */
package com.migrainecare.notification.contact;
