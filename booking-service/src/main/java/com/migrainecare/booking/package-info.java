/** The booking service: the clinic chain, clients and their sessions, and availability across the chain. */
package com.migrainecare.booking;
