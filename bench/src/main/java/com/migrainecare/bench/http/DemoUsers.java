package com.migrainecare.bench.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The users both services under test accept, set the way the demo data set sets them
 * ({@code clinic.security.users[i]...}, passwords in Spring's {@code {noop}} form, as in the demo profile).
 */
public final class DemoUsers {

    public static final String BOOKER = "admin";
    public static final String PASSWORD = "demo";

    private static final List<String[]> USERS =
            List.of(new String[] {"admin", "ADMIN"}, new String[] {"manager", "MANAGER"}, new String[] {
                "frontdesk", "FRONT_DESK"
            });

    private DemoUsers() {}

    /** Command-line arguments that configure the users. */
    public static List<String> arguments() {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < USERS.size(); i++) {
            String prefix = "--clinic.security.users[" + i + "].";
            args.add(prefix + "username=" + USERS.get(i)[0]);
            args.add(prefix + "password={noop}" + PASSWORD);
            args.add(prefix + "roles[0]=" + USERS.get(i)[1]);
        }
        return args;
    }
}
