/**
 * Hands messages to a channel (email over SMTP, SMS through a signed webhook, or the log) and records every
 * hand-over with the channel's receipt; it knows nothing about why a message is sent.
 */
package com.migrainecare.notification.delivery;
