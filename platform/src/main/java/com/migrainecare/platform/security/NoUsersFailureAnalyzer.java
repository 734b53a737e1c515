package com.migrainecare.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a service without users or issuer as a configuration error, not as a stack trace of bean creations. */
final class NoUsersFailureAnalyzer extends AbstractFailureAnalyzer<NoUsersConfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoUsersConfigured cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Configure at least one user: " + NoUsersConfigured.SETTINGS + ". Or an identity provider: "
                        + NoUsersConfigured.ISSUER + ". Outside the demo profile there is no default user or password.",
                cause);
    }
}
