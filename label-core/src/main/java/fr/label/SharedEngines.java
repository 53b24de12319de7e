package fr.label;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The engines of {@link LabelEngine#forEdition(int)}: one per edition, built on first use, then shared. */
final class SharedEngines {

    private static final Map<Integer, LabelEngine> BY_EDITION = new ConcurrentHashMap<>();

    private SharedEngines() {
    }

    /** An unknown edition throws and leaves nothing behind, so that a later call throws again. */
    static LabelEngine of(int edition) {
        return BY_EDITION.computeIfAbsent(edition, year -> LabelEngine.builder().edition(year).build());
    }
}
