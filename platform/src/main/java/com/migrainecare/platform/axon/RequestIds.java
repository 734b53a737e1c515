package com.migrainecare.platform.axon;

import java.util.Optional;

/**
 * The id of the request the current thread is serving, so that every command it sends (and every event,
 * saga step and deadline those cause) can be traced back to it. Bound by the web layer for one request.
 */
public final class RequestIds {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Binds {@code requestId} to this thread until the returned scope is closed. */
    public static Scope bind(String requestId) {
        String previous = CURRENT.get();
        CURRENT.set(requestId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The span of a bound request id. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
