/** Runtime wiring shared by both services: the store, Axon on MongoDB, HTTP errors, idempotency and security. */
package com.migrainecare.platform;
