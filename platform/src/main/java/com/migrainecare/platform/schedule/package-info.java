/** Durable scheduled work (Axon deadlines and scheduled events) on db-scheduler, in the event store's database. */
package com.migrainecare.platform.schedule;
