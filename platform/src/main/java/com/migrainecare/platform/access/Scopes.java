package com.migrainecare.platform.access;

import com.migrainecare.platform.security.ClinicUsersProperties;
import com.migrainecare.platform.security.LinkedLogin;
import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.UserLinks;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@link Scope} of an authenticated caller: a login of the chain's identity provider has its links
 * mapped from its claims already, a clinic bearer token carries them as claims, a Basic login takes them from the
 * configured user.
 */
@Component
public class Scopes {

    private static final Set<String> ROLE_NAMES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    private final ClinicUsersProperties users;

    public Scopes(ClinicUsersProperties users) {
        this.users = users;
    }

    public Scope of(Authentication authentication) {
        UserLinks links;
        if (authentication instanceof LinkedLogin linked) {
            links = linked.links();
        } else if (authentication instanceof JwtAuthenticationToken bearer) {
            links = UserLinks.fromClaims(bearer.getToken());
        } else {
            links = users.linksOf(authentication.getName());
        }
        Set<Role> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(ROLE_NAMES::contains)
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Scope(authentication.getName(), roles, links);
    }

    /** The scope of the request being served; nobody's when it is not authenticated. */
    public Scope current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Scope("anonymous", Set.of(), UserLinks.NONE);
        }
        return of(authentication);
    }
}
