package com.migrainecare.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class SecurityConfigurationTest {

    private final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void aConfiguredUserLogsInWithTheRolesConfigured() {
        AuthenticationProvider logins = logins(user("frontdesk", "{noop}pw", Role.FRONT_DESK));

        Authentication login =
                logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("frontdesk", "pw"));

        assertThat(login.getName()).isEqualTo("frontdesk");
        assertThat(login.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_FRONT_DESK");
        assertThatThrownBy(() ->
                        logins.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("frontdesk", "PW")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aPasswordWithoutItsEncodingRefusesToStart() {
        assertThatThrownBy(() -> logins(user("alice", "plain-text", Role.ADMIN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alice")
                .hasMessageContaining("encoded form");
    }

    @Test
    void aUserWithoutAPasswordRefusesToStart() {
        assertThatThrownBy(() -> logins(user("alice", null, Role.ADMIN))).isInstanceOf(IllegalStateException.class);
    }

    private AuthenticationProvider logins(ClinicUsersProperties.User user) {
        return configuration.clinicLogins(
                ClinicUsersProperties.of(List.of(user)),
                new AccessTokenProperties(null, null, null, null),
                IdentityProviderProperties.none(),
                new LoginCacheProperties(null, null),
                LoginLimitProperties.defaults(),
                Optional.empty());
    }

    private static ClinicUsersProperties.User user(String username, String password, Role role) {
        return new ClinicUsersProperties.User(username, password, List.of(role), null, null, null, false);
    }
}
