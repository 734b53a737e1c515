package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.HeadacheLogId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a month of a client's headache diary. */
public sealed interface HeadacheLogCommand {

    HeadacheLogId logId();

    /** A day with a headache; logging the same day again replaces its severity and note. */
    record LogHeadache(
            @TargetAggregateIdentifier HeadacheLogId logId,
            ClientId clientId,
            LocalDate date,
            Integer severity,
            String note)
            implements HeadacheLogCommand {
        public LogHeadache {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(date, "date");
        }
    }
}
