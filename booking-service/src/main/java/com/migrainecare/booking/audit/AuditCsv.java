package com.migrainecare.booking.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit log as CSV (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, a quote or
 * a line break, quotes doubled), written row by row as the entries are read. A cell that a spreadsheet would
 * take for a formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe:
 * reasons are free text typed by users.
 */
final class AuditCsv {

    static final String HEADER =
            "seq,at,type,actor,reason,requestId,locationIds,therapistIds,clientIds,bookingIds,roomIds,summary";

    private AuditCsv() {}

    /** Writes the header and one row per entry; returns the number of rows. */
    static long write(Stream<AuditEntry> entries, Writer out) {
        try {
            out.write(HEADER);
            out.write("\r\n");
            long rows = 0;
            for (Iterator<AuditEntry> it = entries.iterator(); it.hasNext(); rows++) {
                row(it.next(), out);
            }
            out.flush();
            return rows;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void row(AuditEntry entry, Writer out) throws IOException {
        String[] cells = {
            Long.toString(entry.seq()),
            entry.at().toString(),
            entry.type(),
            entry.actor(),
            entry.reason(),
            entry.requestId(),
            ids(entry.locationIds()),
            ids(entry.therapistIds()),
            ids(entry.clientIds()),
            ids(entry.bookingIds()),
            ids(entry.roomIds()),
            entry.summary()
        };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String ids(List<String> ids) {
        return ids == null ? "" : String.join(" ", ids);
    }
}
