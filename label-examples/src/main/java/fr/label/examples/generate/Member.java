package fr.label.examples.generate;

import fr.label.dossier.Collectivite;
import fr.label.dossier.HistoryEntry;
import fr.label.examples.generate.DossierIntent.Featured;
import fr.label.examples.generate.DossierIntent.MentionIntent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A collectivité of the example editions, real or fictional, with its results over the years. */
final class Member {

    /** The part a collectivité plays in the example editions. */
    enum Role {
        /** A real collectivité with a published result. */
        REAL,
        /** A fictional collectivité without a scripted excellence story. */
        ORDINARY,
        /**
         * Fictional holder of the excellence distinction from 2021, standing in for the 14 real
         * 2021 laureates (whose later results are not published): absent from the 2021 file.
         */
        HOLDER_FROM_2021,
        /** Fictional, awarded the excellence distinction in 2022. */
        AWARDED_2022,
        /** Fictional, awarded the excellence distinction in 2023. */
        AWARDED_2023,
        /** Fictional, awarded the excellence distinction in 2024 for the first time. */
        AWARDED_2024
    }

    final Collectivite collectivite;
    final Role role;
    /** Results in editions whose example file does not hold this collectivité (earlier years mostly). */
    final TreeMap<Integer, HistoryEntry> offstage = new TreeMap<>();
    /** Planned level in each example edition it takes part in. */
    final TreeMap<Integer, Integer> onstage = new TreeMap<>();
    /** Example editions in which it is meant to be awarded the excellence distinction. */
    final Set<Integer> excellence = new TreeSet<>();
    final Map<Integer, Map<String, MentionIntent>> mentions = new HashMap<>();
    final Map<Integer, Integer> filed = new HashMap<>();
    final Map<Integer, Integer> ineligible = new HashMap<>();
    final Map<Integer, List<Featured>> featured = new HashMap<>();

    Member(Collectivite collectivite, Role role) {
        this.collectivite = collectivite;
        this.role = role;
    }

    String code() {
        return collectivite.code();
    }

    boolean real() {
        return role == Role.REAL;
    }

    boolean takesPart(int year) {
        return onstage.containsKey(year);
    }

    Member earlier(int year, int arobases) {
        offstage.put(year, HistoryEntry.of(year, arobases));
        return this;
    }

    Member earlier(int from, int to, int arobases) {
        for (int year = from; year <= to; year++) {
            earlier(year, arobases);
        }
        return this;
    }

    Member at(int year, int arobases) {
        onstage.put(year, arobases);
        return this;
    }

    Member mention(int year, String mention, int innovative, int enjeuActions) {
        mentions.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(mention, new MentionIntent(innovative, enjeuActions));
        return this;
    }

    /** The results it files with its dossier of the given edition. */
    List<HistoryEntry> history(int year) {
        TreeMap<Integer, HistoryEntry> all = new TreeMap<>();
        offstage.headMap(year).forEach(all::put);
        onstage.headMap(year).forEach((y, level) -> {
            if (all.put(y, new HistoryEntry(y, level, excellence.contains(y))) != null) {
                throw new IllegalStateException(code() + " has two results for " + y);
            }
        });
        return new ArrayList<>(all.values());
    }

    /** How many 5@ results its history shows before the edition. */
    int fivesBefore(int year) {
        return (int) history(year).stream().filter(h -> h.arobases() == 5).count();
    }

    /** Its last result before the edition, or {@code null}. */
    HistoryEntry lastBefore(int year) {
        List<HistoryEntry> history = history(year);
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    DossierIntent intent(int year) {
        return new DossierIntent(collectivite, year, onstage.get(year), mentions.getOrDefault(year, Map.of()),
                history(year), filed.get(year), ineligible.get(year), featured.getOrDefault(year, List.of()),
                !real());
    }
}
