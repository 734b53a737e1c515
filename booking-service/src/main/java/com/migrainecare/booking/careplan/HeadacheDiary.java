package com.migrainecare.booking.careplan;

import com.migrainecare.booking.chain.AggregateReader;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.careplan.CarePlanCommand.ProposeAttackStepUp;
import com.migrainecare.kernel.careplan.HeadacheLogCommand.LogHeadache;
import com.migrainecare.kernel.ids.CarePlanId;
import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.HeadacheLogId;
import com.migrainecare.platform.axon.Commands;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * The headache diary: logs a day, counts the days logged in the last 14, and lets an active care plan step up
 * when attacks come 30 % or more above the intake's baseline (proposed once while such a step-up runs).
 */
@Service
public class HeadacheDiary {

    private final Commands commands;
    private final AggregateReader<HeadacheLog> logs;
    private final CarePlanService plans;
    private final StressPeriods stressPeriods;
    private final Clock clock;

    public HeadacheDiary(
            Commands commands,
            @Qualifier("headacheLogRepository") Repository<HeadacheLog> logRepository,
            CarePlanService plans,
            StressPeriods stressPeriods,
            Clock clock) {
        this.commands = commands;
        this.logs = new AggregateReader<>(logRepository, ErrorCode.CLIENT_NOT_FOUND);
        this.plans = plans;
        this.stressPeriods = stressPeriods;
        this.clock = clock;
    }

    /** The entry as logged, the days in the last 14, and the step-up it caused, if any. */
    public record Logged(LocalDate date, int loggedDays, Optional<StressPeriods.Declared> stepUp) {}

    public Logged log(ClientId client, LocalDate date, Integer severity, String note, String reason) {
        commands.send(
                new LogHeadache(HeadacheLogId.of(client, YearMonth.from(date)), client, date, severity, note),
                reason,
                ErrorCode.CLIENT_NOT_FOUND);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int logged = daysInLast14(client, today);
        return new Logged(date, logged, stepUp(client, today, logged, reason));
    }

    private Optional<StressPeriods.Declared> stepUp(ClientId client, LocalDate today, int logged, String reason) {
        CarePlanView before;
        try {
            before = plans.get(client);
        } catch (RuleViolation noPlan) {
            return Optional.empty();
        }
        if (before.accepted() == null) {
            return Optional.empty();
        }
        CarePlanView after = commands.send(new ProposeAttackStepUp(CarePlanId.of(client), today, logged), reason);
        if (after.stressPeriods().size() == before.stressPeriods().size()) {
            return Optional.empty();
        }
        return Optional.of(stressPeriods.proposeFor(
                after, after.stressPeriods().get(after.stressPeriods().size() - 1), reason));
    }

    private int daysInLast14(ClientId client, LocalDate today) {
        LocalDate from = today.minusDays(AttackRate.WINDOW_DAYS - 1L);
        Set<LocalDate> days = new HashSet<>();
        for (YearMonth month = YearMonth.from(from);
                !month.isAfter(YearMonth.from(today));
                month = month.plusMonths(1)) {
            days.addAll(monthOf(client, month));
        }
        return (int) days.stream()
                .filter(day -> !day.isBefore(from) && !day.isAfter(today))
                .count();
    }

    private Set<LocalDate> monthOf(ClientId client, YearMonth month) {
        try {
            return logs.read(HeadacheLogId.of(client, month).value(), HeadacheLog::days);
        } catch (RuleViolation nothingLogged) {
            return Set.of();
        }
    }
}
