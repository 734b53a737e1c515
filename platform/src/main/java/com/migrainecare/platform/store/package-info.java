/** The MongoDB connection, and the embedded Mongo-wire server used when no MongoDB is configured. */
package com.migrainecare.platform.store;
