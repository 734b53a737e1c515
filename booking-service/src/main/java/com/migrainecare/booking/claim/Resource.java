package com.migrainecare.booking.claim;

import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.RoomId;
import com.migrainecare.kernel.ids.TherapistId;

/** A therapist, a room or a client, as the claims table names it; the kind orders the locks a command takes. */
public record Resource(Kind kind, String id) implements Comparable<Resource> {

    /** In the order a command locks them: therapist, then rooms, then client. */
    public enum Kind {
        THERAPIST,
        ROOM,
        CLIENT
    }

    public static Resource of(TherapistId therapist) {
        return new Resource(Kind.THERAPIST, therapist.value());
    }

    public static Resource of(RoomId room) {
        return new Resource(Kind.ROOM, room.value());
    }

    public static Resource of(ClientId client) {
        return new Resource(Kind.CLIENT, client.value());
    }

    /** The resource a {@link #key()} names. */
    public static Resource parse(String key) {
        int colon = key.indexOf(':');
        return new Resource(
                Kind.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)), key.substring(colon + 1));
    }

    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    @Override
    public int compareTo(Resource other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }
}
