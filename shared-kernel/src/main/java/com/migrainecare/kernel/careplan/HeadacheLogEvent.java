package com.migrainecare.kernel.careplan;

import com.migrainecare.kernel.ids.ClientId;
import com.migrainecare.kernel.ids.HeadacheLogId;
import com.migrainecare.kernel.privacy.AboutClient;
import com.migrainecare.kernel.privacy.PersonalData;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Facts in a client's headache diary. Health data, like the intake. */
public sealed interface HeadacheLogEvent {

    HeadacheLogId logId();

    /** Revision 2: the note is sealed with the client's key (revision 1 stored it in clear). */
    @Revision("2")
    record HeadacheLogged(
            HeadacheLogId logId,
            ClientId clientId,
            LocalDate date,
            Integer severity,
            @PersonalData String note) implements HeadacheLogEvent, AboutClient {}
}
