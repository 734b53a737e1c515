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

    /** The links of the user called {@code username}; none for an unknown name. */
    public UserLinks linksOf(String username) {
        return users.stream()
                .filter(user -> user.username().equals(username))
                .findFirst()
                .map(User::links)
                .orElse(UserLinks.NONE);
    }

    /**
     * One login, its roles, and the therapist, client or locations it stands for. {@code allLocations} says that a
     * manager or front desk works for every location of the chain, including those created later.
     */
    public record User(
            String username,
            String password,
            List<Role> roles,
            String therapistId,
            String clientId,
            List<String> locationIds,
            boolean allLocations) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
            locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
        }

        public UserLinks links() {
            return new UserLinks(allLocations, locationIds, therapistId, clientId);
        }
    }
}
