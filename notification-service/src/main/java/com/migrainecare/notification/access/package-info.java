/** The notification service's access rules, applied by the platform's access gate before any controller runs. */
package com.migrainecare.notification.access;
