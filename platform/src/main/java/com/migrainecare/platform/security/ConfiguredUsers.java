package com.migrainecare.platform.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured users as Spring Security's user details, checked at startup: every password in its encoded form,
 * and the users with plain-text passwords or without the links their roles need named in the log.
 */
final class ConfiguredUsers {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);

    private ConfiguredUsers() {}

    static InMemoryUserDetailsManager details(ClinicUsersProperties properties, PasswordEncoder encoder) {
        properties.users().forEach(user -> requireEncodedForm(user, encoder));
        List<String> plain = properties.users().stream()
                .filter(user -> user.password().startsWith("{noop}"))
                .map(ClinicUsersProperties.User::username)
                .toList();
        if (!plain.isEmpty()) {
            log.warn("Users with a plain-text {noop} password, fit for demo data only: {}", plain);
        }
        List<String> unlinked = properties.users().stream()
                .filter(ConfiguredUsers::lacksItsLinks)
                .map(ClinicUsersProperties.User::username)
                .toList();
        if (!unlinked.isEmpty()) {
            log.warn(
                    "Users whose role needs a link they do not have (locationIds or allLocations for MANAGER and"
                            + " FRONT_DESK, therapistId for THERAPIST, clientId for CLIENT) see nothing of it: {}",
                    unlinked);
        }
        return new InMemoryUserDetailsManager(
                properties.users().stream().map(ConfiguredUsers::toUserDetails).toList());
    }

    /** A role that is scoped by a link, without the link: the login works but its scope is empty. */
    private static boolean lacksItsLinks(ClinicUsersProperties.User user) {
        boolean staff = user.roles().contains(Role.MANAGER) || user.roles().contains(Role.FRONT_DESK);
        return (staff && !user.allLocations() && user.locationIds().isEmpty())
                || (user.roles().contains(Role.THERAPIST) && user.therapistId() == null)
                || (user.roles().contains(Role.CLIENT) && user.clientId() == null);
    }

    /** A password without its {@code {id}} prefix would fail every login with a server error; refuse to start. */
    private static void requireEncodedForm(ClinicUsersProperties.User user, PasswordEncoder encoder) {
        if (user.username() == null || user.username().isBlank() || user.password() == null) {
            throw new IllegalStateException("clinic.security.users: every user needs a username and a password");
        }
        try {
            encoder.matches("", user.password());
        } catch (IllegalArgumentException notEncoded) {
            throw new IllegalStateException(
                    "clinic.security.users: the password of " + user.username()
                            + " is not in Spring's encoded form ({bcrypt}..., {noop}... for demo data)",
                    notEncoded);
        }
    }

    private static UserDetails toUserDetails(ClinicUsersProperties.User user) {
        return User.withUsername(user.username())
                .password(user.password())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
