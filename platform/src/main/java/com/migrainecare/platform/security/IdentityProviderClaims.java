package com.migrainecare.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps the claims of an identity provider's token onto the clinic's roles and {@link UserLinks}, under the claim
 * names of {@link IdentityProviderProperties.Claims}. A name is first read as one claim (namespaced claims such as
 * {@code https://clinic.example/roles} hold dots), then as a path into nested claims. Role values are matched to
 * {@link Role} names regardless of case, with {@code -} for {@code _}; values that match no role are ignored.
 */
final class IdentityProviderClaims {

    private final IdentityProviderProperties.Claims names;

    IdentityProviderClaims(IdentityProviderProperties.Claims names) {
        this.names = names;
    }

    IdentityProviderLogin login(Jwt jwt) {
        List<SimpleGrantedAuthority> roles = roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        String name = Optional.ofNullable(text(jwt, names.username())).orElse(jwt.getSubject());
        return new IdentityProviderLogin(jwt, roles, name, links(jwt));
    }

    List<Role> roles(Jwt jwt) {
        return values(read(jwt, names.roles()))
                .map(value -> value.trim().toUpperCase(Locale.ROOT).replace('-', '_'))
                .flatMap(value ->
                        Arrays.stream(Role.values()).filter(role -> role.name().equals(value)))
                .distinct()
                .toList();
    }

    UserLinks links(Jwt jwt) {
        Object all = read(jwt, names.allLocations());
        return new UserLinks(
                Boolean.TRUE.equals(all) || "true".equalsIgnoreCase(String.valueOf(all)),
                values(read(jwt, names.locationIds())).toList(),
                text(jwt, names.therapistId()),
                text(jwt, names.clientId()));
    }

    private static String text(Jwt jwt, String name) {
        Object value = read(jwt, name);
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }

    /** A list claim, or one string of values separated by spaces or commas (as OAuth's {@code scope}). */
    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(Object::toString).filter(value -> !value.isBlank());
        }
        if (claim instanceof String one) {
            return Arrays.stream(one.split("[\\s,]+")).filter(value -> !value.isBlank());
        }
        return Stream.empty();
    }

    private static Object read(Jwt jwt, String name) {
        Map<String, Object> claims = jwt.getClaims();
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String step : name.split("\\.")) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            current = nested.get(step);
        }
        return current;
    }
}
