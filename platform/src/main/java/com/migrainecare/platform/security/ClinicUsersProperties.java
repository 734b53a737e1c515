package com.migrainecare.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users a service accepts. Passwords are in Spring's encoded form ({@code {bcrypt}...}, or {@code {noop}}
 * for the demo data set only) and come from the environment, never from the repository.
 */
@ConfigurationProperties("clinic.security")
public record ClinicUsersProperties(List<User> users) {

    public ClinicUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
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
