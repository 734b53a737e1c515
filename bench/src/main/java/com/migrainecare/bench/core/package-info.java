/** Running a bounded measurement (count and time), its figures, and how busy the rest of the machine was. */
package com.migrainecare.bench.core;
