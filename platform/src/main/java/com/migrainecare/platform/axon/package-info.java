/** Axon on MongoDB: event store, tokens, sagas, serialisation, aggregate caching and snapshots. */
package com.migrainecare.platform.axon;
