package com.migrainecare.platform.security;

import org.springframework.security.core.Authentication;

/** A login that already knows its {@link UserLinks}, read from a token whose claims are named by configuration. */
public interface LinkedLogin extends Authentication {

    UserLinks links();
}
