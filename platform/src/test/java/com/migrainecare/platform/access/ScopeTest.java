package com.migrainecare.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrainecare.platform.security.AccessTokens;
import com.migrainecare.platform.security.Role;
import com.migrainecare.platform.security.TokenSigningKey;
import com.migrainecare.platform.security.UserLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final UserLinks BERLIN = new UserLinks(false, List.of("berlin"), null, null);

    @Test
    void aManagerOfEveryLocationWorksAtOnesCreatedLater() {
        Scope manager = new Scope("m", Set.of(Role.MANAGER), new UserLinks(true, List.of(), null, null));

        assertThat(manager.worksAt("a-location-created-tomorrow")).isTrue();
        assertThat(manager.manages("a-location-created-tomorrow")).isTrue();
        assertThat(Narrowing.of(manager)).isEqualTo(Narrowing.EVERYTHING);
    }

    @Test
    void aFrontDeskWorksAtItsLocationsButManagesNone() {
        Scope desk = new Scope("d", Set.of(Role.FRONT_DESK), BERLIN);

        assertThat(desk.worksAt("berlin")).isTrue();
        assertThat(desk.worksAt("chicago")).isFalse();
        assertThat(desk.manages("berlin")).isFalse();
        assertThat(Narrowing.of(desk).locationIds()).containsExactly("berlin");
    }

    @Test
    void aClientOrTherapistLinkDoesNotMakeStaff() {
        Scope client = new Scope("c", Set.of(Role.CLIENT), new UserLinks(false, List.of("berlin"), null, "client-1"));
        Scope unlinked = new Scope("x", Set.of(Role.THERAPIST), UserLinks.NONE);

        assertThat(client.worksAt("berlin")).isFalse();
        assertThat(client.isClient("client-1")).isTrue();
        assertThat(client.isClient("client-2")).isFalse();
        assertThat(Narrowing.of(client).clientId()).isEqualTo("client-1");
        assertThat(Narrowing.of(unlinked)).isEqualTo(Narrowing.NOTHING);
    }

    @Test
    void aTokenCarriesTheLinksOfItsUser() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        AccessTokens tokens = new AccessTokens(
                TokenSigningKey.of("a-secret-of-at-least-thirty-two-characters"),
                Duration.ofMinutes(15),
                Duration.ZERO,
                clock);
        UserLinks links = new UserLinks(false, List.of("berlin", "sydney"), "therapist-1", null);

        var jwt = tokens.decoder()
                .decode(tokens.issue("t", List.of(Role.THERAPIST), links).value());

        assertThat(UserLinks.fromClaims(jwt)).isEqualTo(links);
        assertThat(UserLinks.fromClaims(tokens.decoder()
                        .decode(tokens.issue("a", List.of(Role.ADMIN)).value())))
                .isEqualTo(UserLinks.NONE);
    }
}
