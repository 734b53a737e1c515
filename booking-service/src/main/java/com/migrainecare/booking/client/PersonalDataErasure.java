package com.migrainecare.booking.client;

import com.migrainecare.kernel.client.ClientEvent.ClientErased;
import com.migrainecare.platform.privacy.PersonalDataKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes an erased client's key in the transaction that appends {@link ClientErased} (a subscribing processor,
 * {@code personal-data-keys}): the erasure is recorded if and only if the key is gone. The client's snapshots go
 * too, since a snapshot holds the aggregate's state in clear; the next load reads the (now sealed) events instead.
 */
@Component
@ProcessingGroup(PersonalDataErasure.GROUP)
class PersonalDataErasure {

    static final String GROUP = "personal-data-keys";

    private final PersonalDataKeys keys;
    private final JdbcTemplate jdbc;

    PersonalDataErasure(PersonalDataKeys keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientErased event) {
        keys.erase(event.clientId().value());
        jdbc.update(
                "DELETE FROM SnapshotEventEntry WHERE aggregateIdentifier = ?",
                event.clientId().value());
    }
}
