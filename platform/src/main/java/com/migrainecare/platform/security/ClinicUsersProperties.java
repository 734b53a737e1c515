package com.migrainecare.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users a service accepts. Passwords are in Spring's encoded form ({@code {bcrypt}...}, or {@code {noop}}
 * for the demo data set only) and come from the environment, never from the repository. A service without users
 * does not start, unless {@code allowNoUsers} says that nobody is meant to call it over HTTP (a benchmark that
 * drives the service in-process).
 */
@ConfigurationProperties("clinic.security")
public record ClinicUsersProperties(List<User> users, boolean allowNoUsers) {

    public ClinicUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public static ClinicUsersProperties of(List<User> users) {
        return new ClinicUsersProperties(users, false);
    }

    /** One login, its roles, and the therapist, client or locations it stands for. */
    public record User(
            String username,
            String password,
            List<Role> roles,
            String therapistId,
            String clientId,
            List<String> locationIds) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
        }
    }
}
