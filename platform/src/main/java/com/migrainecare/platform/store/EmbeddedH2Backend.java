package com.migrainecare.platform.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's backend: an H2 MVStore file (or memory, {@code file} null) whose unique indexes order
 * their keys by value and whose collections store documents as BSON ({@link ValueOrderedH2Database}), committed
 * after every write before the write is answered. H2's own store commits in the background about once a second;
 * a process killed in between would lose writes that the projections had already acknowledged, while their
 * tracking tokens (in the event store's database) had moved on past the events, so those read-model changes would
 * never be made again.
 */
final class EmbeddedH2Backend extends H2Backend {

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

    /**
     * The size at which a page of the file is split. Every commit writes each page it changed whole, every document
     * on it serialized again; H2's default for a file (16 KB) made a one-document write reserialize a page of them.
     */
    static final int PAGE_SPLIT_SIZE = 4 * 1024;

    EmbeddedH2Backend(String file) {
        super(open(file));
        // the databases found in the file were opened, and their indexes built, by the constructor above
        IndexBuilds.finishedOnThisThread();
        commit();
    }

    private static MVStore open(String file) {
        MVStore.Builder builder = new MVStore.Builder();
        return file == null
                ? builder.open()
                : builder.fileName(file).pageSplitSize(PAGE_SPLIT_SIZE).open();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return ValueOrderedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer;
        try {
            answer = super.handleCommand(channel, database, command, query);
        } catch (RuntimeException failed) {
            IndexBuilds.abandonedOnThisThread();
            throw failed;
        }
        IndexBuilds.finishedOnThisThread();
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return answer;
    }
}
