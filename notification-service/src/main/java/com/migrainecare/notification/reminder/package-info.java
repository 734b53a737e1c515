/**
 * The reminder schedule: the rules that plan reminders before and after each session, the processor that plans
 * and withdraws them as bookings change, the durable task that sends each one when due, and its HTTP view.
 */
package com.migrainecare.notification.reminder;
