package com.migrainecare.platform.security;

import org.springframework.security.authorization.AuthorizationDecision;

/**
 * A refusal that answers exactly as an unknown id does (404 with the resource's not-found code), so that a caller
 * who may not see a resource cannot learn that it exists.
 */
public final class HiddenDecision extends AuthorizationDecision {

    private final String code;
    private final String detail;

    public HiddenDecision(String code, String detail) {
        super(false);
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
