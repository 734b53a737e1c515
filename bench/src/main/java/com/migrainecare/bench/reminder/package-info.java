/**
 * The reminder-delivery benchmark (see {@code BENCHMARKS.md}): many reminders falling due in the same minute,
 * delivered by the notification service running as a process of its own on a small heap; it measures the
 * lateness from due to hand-over and the service's heap. Run it with {@code bench/reminders.sh}.
 */
package com.migrainecare.bench.reminder;
