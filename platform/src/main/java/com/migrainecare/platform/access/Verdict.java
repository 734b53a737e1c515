package com.migrainecare.platform.access;

/** What a rule decides for a caller: go ahead, 403, or 404 as if the resource did not exist. */
public sealed interface Verdict {

    Verdict ALLOW = new Allowed();
    Verdict FORBID = new Forbidden();

    /** Existence is private: answers as an unknown id of that kind would ({@code code} is its not-found code). */
    static Verdict hidden(String code, String detail) {
        return new Hidden(code, detail);
    }

    static Verdict allowIf(boolean allowed) {
        return allowed ? ALLOW : FORBID;
    }

    /** The request goes ahead. */
    record Allowed() implements Verdict {}

    /** 403: the caller may see the resource but not do this, or may not write there. */
    record Forbidden() implements Verdict {}

    /** 404, indistinguishable from an unknown id. */
    record Hidden(String code, String detail) implements Verdict {}
}
