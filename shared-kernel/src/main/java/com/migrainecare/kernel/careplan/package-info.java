/** Care plans and recurring series: the recommended cadence, its phases, and the sessions booked for it. */
package com.migrainecare.kernel.careplan;
