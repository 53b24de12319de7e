package fr.label.result;

import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Rejection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key figures of an edition, counted from its results (nothing here is decided: the
 * results were).
 *
 * @param participants        dossiers evaluated
 * @param rejected            dossiers rejected as invalid
 * @param byType              participants by type of candidature
 * @param byRegion            participants by région ("(non renseignée)" when absent), by name
 * @param byArobases          participants by level (1 to 5), then by type
 * @param mentionsAwarded     mentions awarded, by mention code, in catalogue order
 * @param mentionsEligible    dossiers eligible for each mention, by mention code
 * @param excellenceAwarded   distinctions awarded in this edition
 * @param excellenceHolders   participants holding it from an earlier edition
 * @param actionsFiled        actions filed in all evaluated dossiers
 * @param actionsEligible     of which eligible
 */
public record PalmaresSummary(int participants, int rejected,
                              Map<CollectiviteType, Integer> byType,
                              Map<String, Integer> byRegion,
                              Map<Integer, Map<CollectiviteType, Integer>> byArobases,
                              Map<String, Integer> mentionsAwarded,
                              Map<String, Integer> mentionsEligible,
                              int excellenceAwarded, int excellenceHolders,
                              int actionsFiled, int actionsEligible) {

    /** The région of the participants whose dossier gives none. */
    public static final String UNKNOWN_REGION = "(non renseignée)";

    /**
     * Counts the figures of an edition from its results, with the mention catalogue's order.
     *
     * @param results    the results of the valid dossiers
     * @param rejections the rejected dossiers
     * @param catalogue  the edition's mentions
     * @return the figures
     */
    public static PalmaresSummary of(List<Result> results, List<Rejection> rejections, List<Mention> catalogue) {
        Tally tally = new Tally(catalogue);
        results.forEach(tally::add);
        return tally.summary(rejections.size());
    }

    /** Counts the figures result by result, for editions whose results are not kept. */
    public static final class Tally {
        private final Map<CollectiviteType, Integer> byType = zeroByType();
        private final Map<String, Integer> byRegion = new TreeMap<>();
        private final Map<Integer, Map<CollectiviteType, Integer>> byArobases = new TreeMap<>();
        private final Map<String, Integer> awarded = new LinkedHashMap<>();
        private final Map<String, Integer> eligible = new LinkedHashMap<>();
        private int participants;
        private int excellenceAwarded;
        private int excellenceHolders;
        private int filed;
        private int eligibleActions;

        /**
         * @param catalogue the edition's mentions, in catalogue order
         */
        public Tally(List<Mention> catalogue) {
            for (int level = 1; level <= 5; level++) {
                byArobases.put(level, zeroByType());
            }
            for (Mention mention : catalogue) {
                awarded.put(mention.code(), 0);
                eligible.put(mention.code(), 0);
            }
        }

        /**
         * @param result one more final result
         */
        public void add(Result result) {
            participants++;
            byType.merge(result.type(), 1, Integer::sum);
            String region = result.collectivite().region();
            byRegion.merge(region == null || region.isBlank() ? UNKNOWN_REGION : region, 1, Integer::sum);
            byArobases.computeIfAbsent(result.arobases(), level -> zeroByType()).merge(result.type(), 1, Integer::sum);
            result.mentions().forEach(m -> awarded.merge(m.code(), 1, Integer::sum));
            result.mentionsEligible().forEach(m -> eligible.merge(m.code(), 1, Integer::sum));
            switch (result.excellence().status()) {
                case AWARDED -> excellenceAwarded++;
                case HOLDER -> excellenceHolders++;
                case NONE -> { }
            }
            filed += result.actions().size();
            for (ActionResult action : result.actions()) {
                if (action.eligible()) {
                    eligibleActions++;
                }
            }
        }

        /**
         * @param rejected how many dossiers were rejected
         * @return the figures of the results added so far
         */
        public PalmaresSummary summary(int rejected) {
            Map<Integer, Map<CollectiviteType, Integer>> levels = new TreeMap<>();
            byArobases.forEach((level, counts) -> levels.put(level, Collections.unmodifiableMap(new EnumMap<>(counts))));
            return new PalmaresSummary(participants, rejected,
                    Collections.unmodifiableMap(new EnumMap<>(byType)),
                    Collections.unmodifiableMap(new TreeMap<>(byRegion)),
                    Collections.unmodifiableMap(levels), Collections.unmodifiableMap(new LinkedHashMap<>(awarded)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(eligible)), excellenceAwarded, excellenceHolders,
                    filed, eligibleActions);
        }
    }

    private static Map<CollectiviteType, Integer> zeroByType() {
        Map<CollectiviteType, Integer> counts = new EnumMap<>(CollectiviteType.class);
        for (CollectiviteType type : CollectiviteType.values()) {
            counts.put(type, 0);
        }
        return counts;
    }

    /**
     * Participants at the given level, all types together.
     *
     * @param level 1 to 5
     * @return how many participants got it
     */
    public int atArobases(int level) {
        return byArobases.getOrDefault(level, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @return the mentions awarded, all kinds together
     */
    public int mentionsAwardedInAll() {
        return mentionsAwarded.values().stream().mapToInt(Integer::intValue).sum();
    }
}
