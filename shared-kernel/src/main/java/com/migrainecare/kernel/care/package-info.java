/** The clinical vocabulary: techniques, pain areas, triggers, contraindications and the intake. */
package com.migrainecare.kernel.care;
