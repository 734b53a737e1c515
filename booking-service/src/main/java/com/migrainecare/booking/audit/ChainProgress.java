package com.migrainecare.booking.audit;

import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far the chain's processor has read the store, from its token in {@code TokenEntry} (read, never claimed):
 * every index up to {@code index} that is not one of {@code gaps} has been handed to it, and so has its link.
 */
@Component
class ChainProgress {

    /** What the processor has seen: indexes up to {@code index}, except {@code gaps}. */
    record Seen(long index, Set<Long> gaps) {

        boolean covers(long globalIndex) {
            return globalIndex <= index && !gaps.contains(globalIndex);
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ChainProgress(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Optional<Seen> seen() {
        return jdbc
                .query(
                        "SELECT token, tokenType FROM TokenEntry WHERE processorName = ? AND segment = 0",
                        (rs, n) -> {
                            byte[] bytes = rs.getBytes(1);
                            String type = rs.getString(2);
                            return Optional.ofNullable(bytes).map(token -> token(token, type));
                        },
                        HashChainLinker.PROCESSOR)
                .stream()
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(ChainProgress::seenBy);
    }

    private TrackingToken token(byte[] bytes, String type) {
        return serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
    }

    private static Optional<Seen> seenBy(TrackingToken token) {
        if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
            return Optional.of(new Seen(gapAware.getIndex(), Set.copyOf(gapAware.getGaps())));
        }
        return Optional.empty();
    }
}
