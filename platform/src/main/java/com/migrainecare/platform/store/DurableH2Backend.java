package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;

/**
 * The embedded store's file backend, committed after every write before the write is answered. H2's own
 * store commits in the background about once a second; a process killed in between would lose writes that the
 * projections had already acknowledged, while their tracking tokens (in the event store's database) had moved
 * on past the events, so those read-model changes would never be made again.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of(
            "insert",
            "update",
            "delete",
            "findandmodify",
            "drop",
            "dropdatabase",
            "createindexes",
            "dropindexes",
            "renamecollection",
            "create");

    DurableH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return answer;
    }
}
