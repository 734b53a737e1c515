package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.HeadacheLogId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Facts in a client's headache diary. Health data, like the intake. */
public sealed interface HeadacheLogEvent {

    HeadacheLogId logId();

    @Revision("1")
    record HeadacheLogged(HeadacheLogId logId, ClientId clientId, LocalDate date, Integer severity, String note)
            implements HeadacheLogEvent {}
}
