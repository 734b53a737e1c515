/** The figures of a run, written as {@code results.json} (for machines) and {@code results.md} (for people). */
package com.migrainecare.bench.report;
