package com.migrainecare.platform.security;

/** The people of DOMAIN.md, as roles. */
public enum Role {
    ADMIN,
    MANAGER,
    FRONT_DESK,
    THERAPIST,
    CLIENT
}
