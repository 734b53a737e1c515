package com.migrainecare.booking.client;

import com.migrainecare.booking.client.ClientProjection.ClientView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.client.ClientCommand.ChangeReminderPreferences;
import com.migrainecare.kernel.client.ClientCommand.EraseClient;
import com.migrainecare.kernel.client.ClientCommand.RegisterClient;
import com.migrainecare.kernel.client.ReminderPreferences;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.axon.Commands;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Clients over HTTP: registration, reminder preferences, erasure of personal data ({@link ClientHealthController}: intake and clearances). */
@RestController
public class ClientController {

    private final Commands commands;
    private final ClientQueries queries;

    public ClientController(Commands commands, ClientQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A new client. */
    public record ClientBody(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 320) String email,
            @Size(max = 40) String phone,
            @Size(max = 64) String timeZone,
            @Size(max = 35) String locale,
            @Valid RemindersBody reminders,
            @Size(max = 500) String reason) {}

    /** Reminder channels and quiet hours. */
    public record RemindersBody(
            @Size(max = 32) Set<ReminderPreferences.Channel> channels,
            @Valid QuietHours quietHours) {}

    /** The hours in which no reminder is sent, in the client's zone. */
    public record QuietHours(
            @NotNull @Schema(type = "string", format = "time", example = "09:00")
            LocalTime from,

            @NotNull @Schema(type = "string", format = "time", example = "09:00")
            LocalTime to) {}

    /**
     * A client's reminder preferences, replacing the ones before: channels (empty: no reminders), quiet hours
     * (default 21:00-08:00), lead times as ISO durations (default PT48H and PT2H); the time zone and language
     * change when given and stay as they are when left out.
     */
    public record ReminderPreferencesBody(
            @NotNull @Size(max = 4) Set<ReminderPreferences.Channel> channels,
            @Valid QuietHours quietHours,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> leadTimes,
            @Size(max = 64) String timeZone,
            @Size(max = 35) String locale,
            @Size(max = 500) String reason) {}

    /** The preferences as they now stand (the time zone and language as given, {@code null} when unchanged). */
    public record ReminderPreferencesResponse(
            String clientId,
            Set<ReminderPreferences.Channel> channels,
            LocalTime quietFrom,
            LocalTime quietUntil,
            List<String> leadTimes,
            String timeZone,
            String locale) {}

    @PostMapping("/api/clients")
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody ClientBody body) {
        ZoneId zone = body.timeZone() == null ? null : zone(body.timeZone());
        ReminderPreferences reminders = body.reminders() == null
                ? ReminderPreferences.DEFAULT
                : new ReminderPreferences(
                        body.reminders().channels() == null
                                ? ReminderPreferences.DEFAULT.channels()
                                : body.reminders().channels(),
                        body.reminders().quietHours() == null
                                ? null
                                : body.reminders().quietHours().from(),
                        body.reminders().quietHours() == null
                                ? null
                                : body.reminders().quietHours().to());
        ClientId id = ClientId.random();
        commands.send(
                new RegisterClient(id, body.name(), body.email(), body.phone(), zone, body.locale(), reminders),
                body.reason());
        return ResponseEntity.created(URI.create("/api/clients/" + id))
                .body(Map.of("id", id.value(), "name", body.name()));
    }

    /** The record holds the intake, which is health data: the access package's ClientRules say who reads it. */
    @GetMapping("/api/clients/{id}")
    ClientView get(@PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id) {
        return queries.get(new ClientId(id));
    }

    @PutMapping("/api/clients/{id}/reminders")
    ResponseEntity<ReminderPreferencesResponse> changeReminders(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody ReminderPreferencesBody body) {
        ZoneId zone = body.timeZone() == null ? null : zone(body.timeZone());
        ReminderPreferences reminders = new ReminderPreferences(
                body.channels(),
                body.quietHours() == null ? null : body.quietHours().from(),
                body.quietHours() == null ? null : body.quietHours().to(),
                body.leadTimes() == null ? null : leadTimes(body.leadTimes()));
        send(new ChangeReminderPreferences(new ClientId(id), reminders, zone, body.locale()), body.reason());
        return ResponseEntity.ok(new ReminderPreferencesResponse(
                id,
                reminders.channels(),
                reminders.quietFrom(),
                reminders.quietUntil(),
                reminders.leadTimes().stream().map(Duration::toString).toList(),
                zone == null ? null : zone.getId(),
                body.locale()));
    }

    /** Why a client's personal data is erased: required, it stays in the audit when the data is gone. */
    public record ErasureBody(@Size(max = 500) String reason) {}

    /**
     * Erases the client's personal data (name, contact details, intake, clearances, diary notes) by deleting the key
     * that seals it; the sessions stay in the history without the name. Admins only, with a reason.
     */
    @DeleteMapping("/api/clients/{id}/personal-data")
    ResponseEntity<Void> erase(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @RequestParam(required = false) @Size(max = 500) String reason,
            @Valid @RequestBody(required = false) ErasureBody body) {
        String why = body != null && body.reason() != null ? body.reason() : reason;
        if (why == null || why.isBlank()) {
            throw new RuleViolation(ErrorCode.REASON_REQUIRED, "erasing a client's personal data needs a reason");
        }
        send(new EraseClient(new ClientId(id)), why);
        return ResponseEntity.noContent().build();
    }

    private void send(Object command, String reason) {
        commands.send(command, reason, ErrorCode.CLIENT_NOT_FOUND);
    }

    /** ISO durations, each positive; the policy of the client record decides which are allowed. */
    private static List<Duration> leadTimes(List<String> texts) {
        List<Duration> leads = new ArrayList<>();
        for (String text : texts) {
            try {
                leads.add(Duration.parse(text));
            } catch (DateTimeParseException e) {
                throw new RuleViolation(
                        ErrorCode.INVALID_REMINDER_PREFERENCES,
                        "a lead time is an ISO duration such as PT2H, not " + text);
            }
        }
        if (leads.stream().anyMatch(lead -> lead.isNegative() || lead.isZero())) {
            throw new RuleViolation(ErrorCode.INVALID_REMINDER_PREFERENCES, "lead times must be positive: " + texts);
        }
        return leads;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new RuleViolation(ErrorCode.INVALID_REQUEST, "unknown time zone: " + id);
        }
    }
}
