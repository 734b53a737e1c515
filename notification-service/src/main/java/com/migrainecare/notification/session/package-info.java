/**
 * The sessions this service watches: a replay-safe copy of each booking's latest placement and status, which the
 * reminders consult so that nobody is reminded of a session that no longer stands.
 */
package com.migrainecare.notification.session;
