/** How the event processors behave when a handler fails, and how their health is reported. */
package com.migrainecare.platform.processing;
