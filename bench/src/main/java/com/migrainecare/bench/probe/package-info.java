/**
 * The smallest event-sourced write the service can do: a command that creates a new aggregate with one event.
 * Its rate is the ceiling a booking is compared with.
 */
package com.migrainecare.bench.probe;
