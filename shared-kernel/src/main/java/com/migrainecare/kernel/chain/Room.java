package com.migrainecare.kernel.chain;

import com.migrainecare.kernel.ids.RoomId;
import java.util.Objects;

/** A treatment room; it holds one session at a time. */
public record Room(RoomId id, String name) {
    public Room {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
