package com.migrainecare.platform.store;

import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Which of the embedded store's index maps hold a finished build. An index is built from its collection's
 * documents when it is opened empty; a process stopped half-way through would otherwise leave a partial index
 * that the next start takes for a whole one. So an index map counts as built only once the command (or the
 * start-up) that built it has finished on the thread that started it: its name is then recorded here, in the
 * same commit. A map opened without that record is cleared and built again.
 */
final class IndexBuilds {

    /** Outside every database's prefix, so that dropping a database keeps it; a re-created map is rebuilt anyway. */
    private static final String RECORD = "index-builds";

    private static final ThreadLocal<List<Started>> STARTED = ThreadLocal.withInitial(ArrayList::new);

    private IndexBuilds() {}

    /**
     * Clears the index map {@code name} unless a finished build of it is on record (and it holds keys), and then
     * counts this thread as building it: the collection fills an empty index from its documents.
     */
    static void clearUnlessBuilt(MVStore store, String name, MVMap<?, ?> map, boolean existed) {
        if (existed && record(store).containsKey(name) && !map.isEmpty()) {
            return;
        }
        map.clear();
        STARTED.get().add(new Started(store, name));
    }

    /** Records as built every index this thread started to build; called once its command has finished. */
    static void finishedOnThisThread() {
        List<Started> started = STARTED.get();
        for (Started build : started) {
            record(build.store()).put(build.name(), "built");
        }
        started.clear();
    }

    /** Forgets the builds this thread started: its command failed, so they may be partial. */
    static void abandonedOnThisThread() {
        STARTED.get().clear();
    }

    static void forget(MVStore store, String name) {
        record(store).remove(name);
    }

    private static MVMap<String, String> record(MVStore store) {
        return store.openMap(RECORD);
    }

    private record Started(MVStore store, String name) {}
}
