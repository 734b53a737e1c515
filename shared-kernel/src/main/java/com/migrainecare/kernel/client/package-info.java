/** Clients: profile, reminder preferences, intake, healthcare-provider clearances and their session calendar. */
package com.migrainecare.kernel.client;
