/** Instants, half-open intervals and the rules for turning a location's wall-clock time into an instant. */
package com.migrainecare.kernel.time;
