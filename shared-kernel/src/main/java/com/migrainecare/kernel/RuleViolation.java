package com.migrainecare.kernel;

import java.util.Objects;

/** A command that the domain refuses, with a stable code that clients can rely on. */
public class RuleViolation extends RuntimeException {

    private final ErrorCode code;

    public RuleViolation(ErrorCode code, String detail) {
        super(detail);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
