package fr.label.spi;

import fr.label.dossier.CollectiviteType;
import fr.label.result.ActionResult;
import fr.label.result.Mention;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the figures of an edition result by result, for editions whose results are not kept
 * (nothing here is decided: the results were).
 */
public final class SummaryTally {
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

    public SummaryTally(List<Mention> catalogue) {
        for (int level = 1; level <= 5; level++) {
            byArobases.put(level, zeroByType());
        }
        for (Mention mention : catalogue) {
            awarded.put(mention.code(), 0);
            eligible.put(mention.code(), 0);
        }
    }

    public void add(Result result) {
        participants++;
        byType.merge(result.type(), 1, Integer::sum);
        String region = result.collectivite().region();
        byRegion.merge(region == null || region.isBlank() ? PalmaresSummary.UNKNOWN_REGION : region, 1, Integer::sum);
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

    private static Map<CollectiviteType, Integer> zeroByType() {
        Map<CollectiviteType, Integer> counts = new EnumMap<>(CollectiviteType.class);
        for (CollectiviteType type : CollectiviteType.values()) {
            counts.put(type, 0);
        }
        return counts;
    }
}
