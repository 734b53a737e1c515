/** The contract between the services: commands, events, queries, typed ids and value objects, free of any framework. */
package com.migrainecare.kernel;
