package com.migrainecare.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A caller authenticated by the chain's identity provider, with the roles and links its claims map to. */
final class IdentityProviderLogin extends JwtAuthenticationToken implements LinkedLogin {

    private static final long serialVersionUID = 1L;

    private final UserLinks links;

    IdentityProviderLogin(Jwt jwt, Collection<? extends GrantedAuthority> roles, String name, UserLinks links) {
        super(jwt, roles, name);
        this.links = links;
    }

    @Override
    public UserLinks links() {
        return links;
    }

    /** Whether the token maps to no role of the clinic: such a login may call nothing. */
    boolean hasNoRole() {
        return getAuthorities().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof IdentityProviderLogin login && links.equals(login.links);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + links.hashCode();
    }
}
