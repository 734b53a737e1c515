package com.migrainecare.booking.calendar;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.platform.security.Actors;
import com.migrainecare.platform.security.ClinicUsersProperties;
import com.migrainecare.platform.security.Role;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may read which calendar with their credentials, in one place: staff (admin, manager, front desk) every
 * calendar, a therapist or a client only their own. Another person's calendar answers as if it did not exist, so
 * that nobody learns which clients the chain has.
 */
@Component
public class CalendarAccessPolicy {

    private final Map<String, ClinicUsersProperties.User> users;

    public CalendarAccessPolicy(ClinicUsersProperties properties) {
        this.users = properties.users().stream()
                .collect(Collectors.toMap(ClinicUsersProperties.User::username, Function.identity(), (a, b) -> a));
    }

    /** Refuses, as not found, a calendar the current user may not read. */
    public void requireFor(CalendarOwner owner) {
        if (Actors.hasRole(Role.ADMIN) || Actors.hasRole(Role.MANAGER) || Actors.hasRole(Role.FRONT_DESK)) {
            return;
        }
        if (!ownCalendar(Actors.current()).map(owner::equals).orElse(false)) {
            throw owner.notFound();
        }
    }

    /** The calendar of the current user: the therapist or the client their login stands for. */
    public CalendarOwner requireOwnCalendar() {
        return ownCalendar(Actors.current())
                .orElseThrow(() -> new RuleViolation(
                        ErrorCode.NO_CALENDAR_FOR_USER, "your login stands for no therapist and no client"));
    }

    private Optional<CalendarOwner> ownCalendar(String username) {
        ClinicUsersProperties.User user = users.get(username);
        if (user == null) {
            return Optional.empty();
        }
        if (user.therapistId() != null && !user.therapistId().isBlank()) {
            return Optional.of(CalendarOwner.therapist(user.therapistId()));
        }
        if (user.clientId() != null && !user.clientId().isBlank()) {
            return Optional.of(CalendarOwner.client(user.clientId()));
        }
        return Optional.empty();
    }
}
