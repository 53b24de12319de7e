package fr.label.bench;

import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Enjeu;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Mention;
import fr.label.result.Result;
import fr.label.result.UnmetCondition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every decision about one dossier, in a form both the engine's {@link Result} and the reference
 * evaluator can be reduced to and compared with {@code equals}. Explanations are left out: they
 * are wording, not decisions.
 *
 * @param code             the collectivité's code
 * @param type             the kind of candidature
 * @param arobases         the level, 1 to 5
 * @param mentionsEligible mention codes the dossier qualifies for, in catalogue order
 * @param mentions         mention codes awarded, in catalogue order
 * @param excellence       the excellence status
 * @param validUntil       the last palmarès the excellence is valid for, or {@code null}
 * @param measures         A, E, S, C, D by measure name, in {@link Result#MEASURE_ORDER}
 * @param mosaique         one tile per enjeu, in référentiel order
 * @param actions          each filed action, in dossier order
 * @param nextLevel        the level above, or {@code null} at the top
 * @param unmet            the next level's unmet conditions, in the table's order
 * @param uncoveredEnjeux  enjeu codes with no eligible action, in référentiel order (empty at the top)
 */
public record Outcome(String code, CollectiviteType type, int arobases,
                      List<String> mentionsEligible, List<String> mentions,
                      ExcellenceStatus excellence, Integer validUntil,
                      Map<String, Integer> measures, List<Tile> mosaique, List<ActionOutcome> actions,
                      Integer nextLevel, List<Unmet> unmet, List<String> uncoveredEnjeux) {

    /** One enjeu of the mosaïque. */
    public record Tile(String enjeu, int actions, int services, boolean covered, boolean strong) {
    }

    /** One filed action: whether it counts, the first reason it does not, the codes it names that are unknown. */
    public record ActionOutcome(String id, boolean eligible, String reason, List<String> unknownServices) {
        public ActionOutcome {
            unknownServices = List.copyOf(unknownServices);
        }
    }

    /** An unmet condition of the next level. */
    public record Unmet(String measure, int actual, int required) {
    }

    public Outcome {
        mentionsEligible = List.copyOf(mentionsEligible);
        mentions = List.copyOf(mentions);
        measures = Map.copyOf(measures);
        mosaique = List.copyOf(mosaique);
        actions = List.copyOf(actions);
        unmet = List.copyOf(unmet);
        uncoveredEnjeux = List.copyOf(uncoveredEnjeux);
    }

    /** The engine's result, reduced to its decisions. */
    public static Outcome of(Result result) {
        Map<String, Integer> measures = new LinkedHashMap<>(result.measures());
        List<Tile> mosaique = new ArrayList<>(result.mosaique().size());
        for (EnjeuCoverage tile : result.mosaique()) {
            mosaique.add(new Tile(tile.enjeu().code(), tile.actions(), tile.services(), tile.covered(), tile.strong()));
        }
        List<ActionOutcome> actions = new ArrayList<>(result.actions().size());
        for (ActionResult action : result.actions()) {
            actions.add(new ActionOutcome(action.id(), action.eligible(), action.reason(), action.unknownServices()));
        }
        Integer nextLevel = null;
        List<Unmet> unmet = List.of();
        List<String> uncovered = List.of();
        if (result.nextLevel() != null) {
            nextLevel = result.nextLevel().arobases();
            unmet = new ArrayList<>();
            for (UnmetCondition condition : result.nextLevel().unmet()) {
                unmet.add(new Unmet(condition.measure(), condition.actual(), condition.required()));
            }
            uncovered = result.nextLevel().uncoveredEnjeux().stream().map(Enjeu::code).toList();
        }
        return new Outcome(result.code(), result.type(), result.arobases(),
                result.mentionsEligible().stream().map(Mention::code).toList(),
                result.mentions().stream().map(Mention::code).toList(),
                result.excellence().status(), result.excellence().validUntil(),
                measures, mosaique, actions, nextLevel, unmet, uncovered);
    }

    /**
     * What differs between this outcome (expected) and another (actual), one line per part,
     * or an empty list when they agree.
     */
    public List<String> differencesFrom(Outcome actual) {
        List<String> differences = new ArrayList<>();
        compare(differences, "code", code, actual.code);
        compare(differences, "type", type, actual.type);
        compare(differences, "arobases", arobases, actual.arobases);
        compare(differences, "measures", measures, actual.measures);
        compare(differences, "mentionsEligible", mentionsEligible, actual.mentionsEligible);
        compare(differences, "mentions", mentions, actual.mentions);
        compare(differences, "excellence", excellence + " until " + validUntil,
                actual.excellence + " until " + actual.validUntil);
        compare(differences, "nextLevel", nextLevel, actual.nextLevel);
        compare(differences, "unmet", unmet, actual.unmet);
        compare(differences, "uncoveredEnjeux", uncoveredEnjeux, actual.uncoveredEnjeux);
        for (int i = 0; i < Math.max(mosaique.size(), actual.mosaique.size()); i++) {
            compare(differences, "mosaique[" + i + "]", at(mosaique, i), at(actual.mosaique, i));
        }
        for (int i = 0; i < Math.max(actions.size(), actual.actions.size()); i++) {
            compare(differences, "actions[" + i + "]", at(actions, i), at(actual.actions, i));
        }
        return differences;
    }

    private static <T> T at(List<T> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }

    private static void compare(List<String> differences, String part, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(part + ": expected " + expected + ", found " + actual);
        }
    }
}
