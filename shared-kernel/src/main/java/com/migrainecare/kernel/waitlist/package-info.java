/** The waitlist: clients waiting for a technique in a time window, and the freed slots offered to them. */
package com.migrainecare.kernel.waitlist;
