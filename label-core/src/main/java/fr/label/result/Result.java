package fr.label.result;

import fr.label.RuleSetFingerprint;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation of one dossier: every part decided by the edition's rules, with the
 * explanation of each decision.
 *
 * <pre>{@code
 * Result result = engine.evaluate(dossier);
 * result.arobases();                 // 4
 * result.mentions();                 // awarded mentions
 * result.nextLevel().unmet();        // what 5@ still needs
 * result.explanationsOf(Topic.AROBASES);
 * }</pre>
 *
 * @param edition          the palmarès year
 * @param collectivite     who filed the dossier
 * @param arobases         the level, 1 to 5
 * @param mentionsEligible mentions of the edition's catalogue the dossier qualifies for
 * @param mentions         mentions awarded (eligible and, in an edition, within the jury's cap)
 * @param excellence       the "Territoire d'excellence numérique" outcome
 * @param measures         the counts the levels are decided on, by measure name
 *                         ({@code eligibleActions}, {@code coveredEnjeux}, {@code strongEnjeux},
 *                         {@code coveredCategories}, {@code democratieLocaleCovered} as 0 or 1)
 * @param mosaique         one tile per enjeu of the référentiel, in référentiel order
 * @param actions          each filed action's eligibility, in dossier order
 * @param nextLevel        what the next level still needs, or {@code null} at the top level
 * @param explanations     why each decision was made, in the order the rules made them
 * @param rules            which rules made it (edition, digest of the rule files, library version), or
 *                         {@code null} for a result built by hand
 */
public record Result(int edition, Collectivite collectivite, int arobases,
                     List<Mention> mentionsEligible, List<Mention> mentions, Excellence excellence,
                     Map<String, Integer> measures, List<EnjeuCoverage> mosaique, List<ActionResult> actions,
                     NextLevel nextLevel, List<Explanation> explanations, RuleSetFingerprint rules) {

    public static final String ELIGIBLE_ACTIONS = "eligibleActions";
    public static final String COVERED_ENJEUX = "coveredEnjeux";
    public static final String STRONG_ENJEUX = "strongEnjeux";
    public static final String COVERED_CATEGORIES = "coveredCategories";
    public static final String DEMOCRATIE_LOCALE_COVERED = "democratieLocaleCovered";
    /** The order measures are shown in: A, E, S, C, D as in the method's table, then any other by name. */
    public static final List<String> MEASURE_ORDER =
            List.of(ELIGIBLE_ACTIONS, COVERED_ENJEUX, STRONG_ENJEUX, COVERED_CATEGORIES, DEMOCRATIE_LOCALE_COVERED);

    public Result {
        mentionsEligible = List.copyOf(mentionsEligible);
        mentions = List.copyOf(mentions);
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        mosaique = List.copyOf(mosaique);
        actions = List.copyOf(actions);
        explanations = List.copyOf(explanations);
    }

    /** A result built by hand (tests, examples), which no rule set made: {@link #rules()} is {@code null}. */
    public Result(int edition, Collectivite collectivite, int arobases,
                  List<Mention> mentionsEligible, List<Mention> mentions, Excellence excellence,
                  Map<String, Integer> measures, List<EnjeuCoverage> mosaique, List<ActionResult> actions,
                  NextLevel nextLevel, List<Explanation> explanations) {
        this(edition, collectivite, arobases, mentionsEligible, mentions, excellence, measures, mosaique, actions,
                nextLevel, explanations, null);
    }

    public String code() {
        return collectivite.code();
    }

    public String name() {
        return collectivite.name();
    }

    public CollectiviteType type() {
        return collectivite.type();
    }

    /** A measure by name, 0 when the rules did not compute it. */
    public int measure(String name) {
        return measures.getOrDefault(name, 0);
    }

    /** A: the eligible actions. */
    public int eligibleActions() {
        return measure(ELIGIBLE_ACTIONS);
    }

    /** E: the covered enjeux. */
    public int coveredEnjeux() {
        return measure(COVERED_ENJEUX);
    }

    /** S: the strong enjeux. */
    public int strongEnjeux() {
        return measure(STRONG_ENJEUX);
    }

    /** C: the covered catégories. */
    public int coveredCategories() {
        return measure(COVERED_CATEGORIES);
    }

    public boolean hasMention(String code) {
        return mentions.stream().anyMatch(m -> m.code().equals(code));
    }

    public boolean isEligibleFor(String mentionCode) {
        return mentionsEligible.stream().anyMatch(m -> m.code().equals(mentionCode));
    }

    public Optional<ActionResult> action(String id) {
        return actions.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<EnjeuCoverage> tile(String enjeuCode) {
        return mosaique.stream().filter(t -> t.enjeu().code().equals(enjeuCode)).findFirst();
    }

    public List<Explanation> explanationsOf(Topic topic) {
        return explanations.stream().filter(e -> e.topic() == topic).toList();
    }

    public List<Explanation> explanationsOf(Topic topic, String subject) {
        return explanations.stream().filter(e -> e.topic() == topic && subject.equals(e.subject())).toList();
    }

    /** The names of the rules that made a decision for this dossier. */
    public List<String> firedRules() {
        return explanations.stream().map(Explanation::rule).distinct().toList();
    }
}
