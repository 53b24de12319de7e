package fr.label.result;

import fr.label.dossier.CollectiviteType;

import java.util.Map;

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
