package com.migrainecare.booking.client;

import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.care.Contraindication;
import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.care.PainArea;
import com.migrainecare.kernel.care.Trigger;
import com.migrainecare.kernel.client.Clearance;
import com.migrainecare.kernel.client.ClientCommand.RecordClearance;
import com.migrainecare.kernel.client.ClientCommand.RecordIntake;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.Ids;
import com.migrainecare.platform.axon.Commands;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's health record over HTTP: the intake and the clearances of healthcare providers. Who may read or write
 * them is decided by the access rules of the client paths, like every other client endpoint.
 */
@RestController
public class ClientHealthController {

    private final Commands commands;

    public ClientHealthController(Commands commands) {
        this.commands = commands;
    }

    /** The treatment history of an intake, with the bounds of its text. */
    public record TreatmentHistoryBody(
            @Size(max = 2000) String medications,
            Boolean rescueMedication,
            Boolean neurologistCare,
            Boolean earlierMassage) {

        Intake.TreatmentHistory toIntake() {
            return new Intake.TreatmentHistory(medications, rescueMedication, neurologistCare, earlierMassage);
        }
    }

    /** The lifestyle part of an intake, with the bounds of its text and hours. */
    public record LifestyleBody(
            @Min(0) @Max(24) Integer screenHoursPerDay,
            @Size(max = 500) String sleepQuality,
            @Size(max = 500) String hydrationHabits) {

        Intake.Lifestyle toIntake() {
            return new Intake.Lifestyle(screenHoursPerDay, sleepQuality, hydrationHabits);
        }
    }

    /** An intake. */
    public record IntakeBody(
            @NotNull @Min(0) @Max(31) Integer headacheDaysPerMonth,
            @NotNull @Min(0) @Max(1200) Integer monthsWithPattern,
            @NotNull @Size(max = 32) Set<PainArea> painAreas,
            @NotNull @Size(max = 32) Set<Trigger> triggers,
            @Valid TreatmentHistoryBody treatmentHistory,
            @Valid LifestyleBody lifestyle,
            @NotNull @Size(max = 32) Set<Contraindication> contraindications,
            @Size(max = 2000) String otherConditions,
            @Size(max = 500) String reason) {}

    /** A healthcare provider's clearance. */
    public record ClearanceBody(
            @NotBlank @Size(max = 200) String clearedBy,
            @NotNull LocalDate clearedOn,
            LocalDate expiresOn,
            @Size(max = 2000) String note,
            @Size(max = 500) String reason) {}

    /** A clearance as recorded; {@code clearanceId} repeats {@code id} for clients written before it was there. */
    public record ClearanceResponse(
            String id, String clearanceId, String clearedBy, LocalDate clearedOn, LocalDate expiresOn, String note) {

        static ClearanceResponse of(Clearance clearance) {
            return new ClearanceResponse(
                    clearance.clearanceId(),
                    clearance.clearanceId(),
                    clearance.clearedBy(),
                    clearance.clearedOn(),
                    clearance.expiresOn(),
                    clearance.note());
        }
    }

    @PutMapping("/api/clients/{id}/intake")
    ResponseEntity<Intake> recordIntake(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody IntakeBody body) {
        Intake intake = new Intake(
                body.headacheDaysPerMonth(),
                body.monthsWithPattern(),
                body.painAreas(),
                body.triggers(),
                body.treatmentHistory() == null ? null : body.treatmentHistory().toIntake(),
                body.lifestyle() == null ? null : body.lifestyle().toIntake(),
                body.contraindications(),
                body.otherConditions());
        send(new RecordIntake(new ClientId(id), intake), body.reason());
        return ResponseEntity.ok(intake);
    }

    @PostMapping("/api/clients/{id}/clearances")
    ResponseEntity<ClearanceResponse> recordClearance(
            @PathVariable @Size(max = 64) @Pattern(regexp = Ids.PATTERN) String id,
            @Valid @RequestBody ClearanceBody body) {
        if (body.expiresOn() != null && body.expiresOn().isBefore(body.clearedOn())) {
            throw new RuleViolation(ErrorCode.INVALID_CLEARANCE, "a clearance cannot expire before it was given");
        }
        Clearance clearance = new Clearance(
                UUID.randomUUID().toString(), body.clearedBy(), body.clearedOn(), body.expiresOn(), body.note());
        send(new RecordClearance(new ClientId(id), clearance), body.reason());
        return ResponseEntity.created(URI.create("/api/clients/" + id + "/clearances/" + clearance.clearanceId()))
                .body(ClearanceResponse.of(clearance));
    }

    private void send(Object command, String reason) {
        commands.send(command, reason, ErrorCode.CLIENT_NOT_FOUND);
    }
}
