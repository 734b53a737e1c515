/**
 * Axon on a relational database: events, snapshots, tracking tokens and sagas through Axon's JDBC components,
 * serialisation, aggregate caching and snapshots, and commands sent with who and why in their metadata.
 */
package com.migrainecare.platform.axon;
