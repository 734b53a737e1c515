package com.migrainecare.kernel.client;

import java.time.LocalDate;
import java.util.Objects;

/** A healthcare provider's go-ahead for neck-focused work, valid from a date until an optional expiry. */
public record Clearance(String clearanceId, String clearedBy, LocalDate clearedOn, LocalDate expiresOn, String note) {

    public Clearance {
        Objects.requireNonNull(clearanceId, "clearanceId");
        Objects.requireNonNull(clearedBy, "clearedBy");
        Objects.requireNonNull(clearedOn, "clearedOn");
        if (expiresOn != null && expiresOn.isBefore(clearedOn)) {
            throw new IllegalArgumentException("a clearance cannot expire before it was given");
        }
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(clearedOn) && (expiresOn == null || !date.isAfter(expiresOn));
    }

    /** Who cleared the client and the note are health data: a printed clearance names only its id. */
    @Override
    public String toString() {
        return "Clearance[" + clearanceId + ", content withheld]";
    }
}
