package com.migrainecare.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Trades a username and password (HTTP Basic) for a short-lived bearer token that both services accept. */
@RestController
class AccessTokenController {

    private final AccessTokens tokens;
    private final ClinicUsersProperties users;

    AccessTokenController(AccessTokens tokens, ClinicUsersProperties users) {
        this.tokens = tokens;
        this.users = users;
    }

    @PostMapping(SecurityConfiguration.TOKEN_PATH)
    TokenResponse issue(Authentication authentication) {
        AccessTokens.IssuedToken token = tokens.issue(authentication, users.linksOf(authentication.getName()));
        return new TokenResponse(token.value(), "Bearer", token.lifetime().toSeconds());
    }

    /** As in OAuth 2.0 (RFC 6749, section 5.1): {@code expiresIn} is in seconds. */
    record TokenResponse(String accessToken, String tokenType, long expiresIn) {}
}
