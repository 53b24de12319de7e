package fr.label.bench;

import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Rejection;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every decision about an edition: each dossier's outcome (mentions within the caps), the
 * dossiers left out, and the palmarès figures, comparable with {@code equals}.
 *
 * @param edition          the palmarès year
 * @param results          one outcome per evaluated dossier, in input order
 * @param rejectedIndexes  positions in the input of the dossiers not evaluated
 * @param summary          the palmarès figures
 */
public record EditionOutcome(int edition, List<Outcome> results, List<Integer> rejectedIndexes, Summary summary) {

    /**
     * The figures of a palmarès that follow from the decisions.
     *
     * @param byArobases       participants by level (1 to 5), then by type
     * @param mentionsAwarded  by mention code, in catalogue order
     * @param mentionsEligible by mention code, in catalogue order
     */
    public record Summary(int participants, Map<CollectiviteType, Integer> byType,
                          Map<Integer, Map<CollectiviteType, Integer>> byArobases,
                          Map<String, Integer> mentionsAwarded, Map<String, Integer> mentionsEligible,
                          int excellenceAwarded, int excellenceHolders, int actionsFiled, int actionsEligible) {

        /** Counts the figures from outcomes, with the catalogue's mention codes (each shown, even at 0). */
        public static Summary of(List<Outcome> results, List<String> catalogue) {
            Map<CollectiviteType, Integer> byType = zeroByType();
            Map<Integer, Map<CollectiviteType, Integer>> byArobases = new TreeMap<>();
            for (int level = 1; level <= 5; level++) {
                byArobases.put(level, zeroByType());
            }
            Map<String, Integer> awarded = new LinkedHashMap<>();
            Map<String, Integer> eligible = new LinkedHashMap<>();
            catalogue.forEach(code -> {
                awarded.put(code, 0);
                eligible.put(code, 0);
            });
            int excellenceAwarded = 0;
            int excellenceHolders = 0;
            int filed = 0;
            int eligibleActions = 0;
            for (Outcome outcome : results) {
                byType.merge(outcome.type(), 1, Integer::sum);
                byArobases.computeIfAbsent(outcome.arobases(), l -> zeroByType()).merge(outcome.type(), 1, Integer::sum);
                outcome.mentions().forEach(code -> awarded.merge(code, 1, Integer::sum));
                outcome.mentionsEligible().forEach(code -> eligible.merge(code, 1, Integer::sum));
                switch (outcome.excellence()) {
                    case AWARDED -> excellenceAwarded++;
                    case HOLDER -> excellenceHolders++;
                    case NONE -> { }
                }
                filed += outcome.actions().size();
                for (Outcome.ActionOutcome action : outcome.actions()) {
                    eligibleActions += action.eligible() ? 1 : 0;
                }
            }
            return new Summary(results.size(), byType, byArobases, awarded, eligible,
                    excellenceAwarded, excellenceHolders, filed, eligibleActions);
        }

        /** The engine's palmarès figures, the same parts. */
        public static Summary of(PalmaresSummary summary) {
            return new Summary(summary.participants(), new EnumMap<>(summary.byType()),
                    new TreeMap<>(summary.byArobases()), new LinkedHashMap<>(summary.mentionsAwarded()),
                    new LinkedHashMap<>(summary.mentionsEligible()), summary.excellenceAwarded(),
                    summary.excellenceHolders(), summary.actionsFiled(), summary.actionsEligible());
        }

        private static Map<CollectiviteType, Integer> zeroByType() {
            Map<CollectiviteType, Integer> counts = new EnumMap<>(CollectiviteType.class);
            for (CollectiviteType type : CollectiviteType.values()) {
                counts.put(type, 0);
            }
            return counts;
        }
    }

    public EditionOutcome {
        results = List.copyOf(results);
        rejectedIndexes = List.copyOf(rejectedIndexes);
    }

    /** The engine's palmarès, reduced to its decisions. */
    public static EditionOutcome of(Palmares palmares) {
        List<Outcome> results = new ArrayList<>(palmares.results().size());
        palmares.results().forEach(result -> results.add(Outcome.of(result)));
        return new EditionOutcome(palmares.edition(), results,
                palmares.rejections().stream().map(Rejection::index).toList(), Summary.of(palmares.summary()));
    }

    /**
     * What differs between this edition outcome (expected) and another (actual): the edition
     * parts, then each dossier whose outcome differs, at most {@code limit} dossiers.
     */
    public List<String> differencesFrom(EditionOutcome actual, int limit) {
        List<String> differences = new ArrayList<>();
        if (edition != actual.edition) {
            differences.add("edition: expected " + edition + ", found " + actual.edition);
        }
        if (!rejectedIndexes.equals(actual.rejectedIndexes)) {
            differences.add("rejected: expected " + rejectedIndexes + ", found " + actual.rejectedIndexes);
        }
        if (!Objects.equals(summary, actual.summary)) {
            differences.add("summary: expected " + summary + ", found " + actual.summary);
        }
        if (results.size() != actual.results.size()) {
            differences.add("results: expected " + results.size() + ", found " + actual.results.size());
        }
        int shown = 0;
        for (int i = 0; i < Math.min(results.size(), actual.results.size()) && shown < limit; i++) {
            List<String> about = results.get(i).differencesFrom(actual.results.get(i));
            if (!about.isEmpty()) {
                shown++;
                differences.add("results[" + i + "] " + results.get(i).code() + ": " + String.join("; ", about));
            }
        }
        return differences;
    }
}
