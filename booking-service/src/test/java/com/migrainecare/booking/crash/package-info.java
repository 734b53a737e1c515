/**
 * Crash tests: the booking service runs as a process of its own, is killed with SIGKILL while requests are in
 * flight, and is restarted on the same stores; what it acknowledged must still be there, what it refused must
 * have left no trace, and what was cut off must be wholly there or wholly absent.
 */
package com.migrainecare.booking.crash;
