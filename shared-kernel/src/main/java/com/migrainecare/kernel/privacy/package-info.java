/**
 * Personal data in events: which fields are a client's own (encrypted with that client's key, unreadable once the
 * client is erased) and how an event names the client they belong to.
 */
package com.migrainecare.kernel.privacy;
