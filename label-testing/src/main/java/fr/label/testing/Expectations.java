package fr.label.testing;

import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.result.ActionResult;
import fr.label.result.Excellence;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.result.Result;
import fr.label.result.Topic;
import fr.label.result.UnmetCondition;
import fr.label.referentiel.Enjeu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a scenario expects of a result; every part is optional ({@code null}: not checked). The
 * names are those of the scenario file's {@code expect:} keys, which are the result's JSON names.
 *
 * @param arobases         the level
 * @param mentionsEligible the codes of the mentions the dossier is eligible for, exactly
 * @param mentions         the codes of the mentions awarded, exactly
 * @param excellence       the excellence status and, if given, its validity
 * @param measures         some measures and their values
 * @param actions          some actions by id: {@code eligible} or their ineligibility reason
 * @param nextLevel        the next level and, if given, its unmet conditions and uncovered enjeux
 * @param rulesFired       rules that must have fired at least once
 * @param rulesNotFired    rules that must not have fired
 */
public record Expectations(Integer arobases, Set<String> mentionsEligible, Set<String> mentions,
                           ExcellenceExpectation excellence, Map<String, Integer> measures,
                           Map<String, String> actions, NextLevelExpectation nextLevel,
                           List<String> rulesFired, List<String> rulesNotFired) {

    /** What {@code actions:} says of an action that counts. */
    public static final String ELIGIBLE = "eligible";

    /** Expects nothing. */
    public static final Expectations NONE = new Expectations(null, null, null, null, null, null, null, null, null);

    /**
     * @param status     the expected status
     * @param validUntil the expected last year of validity, when {@code checkValidity}
     */
    public record ExcellenceExpectation(ExcellenceStatus status, boolean checkValidity, Integer validUntil) {
    }

    /**
     * @param none            the dossier must be at the top level, with no next level
     * @param arobases        the next level, or {@code null} to leave it unchecked
     * @param unmet           each unmet condition's measure with its actual and required values, exactly; or {@code null}
     * @param uncoveredEnjeux the codes of the enjeux not covered yet, exactly; or {@code null}
     */
    public record NextLevelExpectation(boolean none, Integer arobases, Map<String, List<Integer>> unmet,
                                       Set<String> uncoveredEnjeux) {
    }

    /**
     * Whether the scenario expects nothing of the result (an edition's expectations may name rules only).
     *
     * @return whether nothing is expected of the result
     */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The rule names this expects to have fired or not, for checking that they exist. */
    List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        if (rulesFired != null) {
            names.addAll(rulesFired);
        }
        if (rulesNotFired != null) {
            names.addAll(rulesNotFired);
        }
        return names;
    }

    /** The expectations on a dossier's result that it does not meet. */
    List<Mismatch> check(Result result) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (arobases != null && result.arobases() != arobases) {
            mismatches.add(new Mismatch("arobases", arobases + "@", result.arobases() + "@",
                    explanations(result, Topic.AROBASES, Topic.NEXT_LEVEL)));
        }
        if (mentionsEligible != null && !mentionsEligible.equals(codes(result.mentionsEligible()))) {
            mismatches.add(new Mismatch("mentionsEligible", show(mentionsEligible), show(codes(result.mentionsEligible())),
                    explanations(result, Topic.MENTION)));
        }
        if (mentions != null && !mentions.equals(codes(result.mentions()))) {
            mismatches.add(new Mismatch("mentions", show(mentions), show(codes(result.mentions())),
                    explanations(result, Topic.MENTION)));
        }
        if (excellence != null) {
            checkExcellence(result, mismatches);
        }
        if (measures != null) {
            measures.forEach((name, value) -> {
                if (!result.measures().containsKey(name)) {
                    String measures = String.join(", ", result.measures().keySet());
                    mismatches.add(new Mismatch("measures." + name, String.valueOf(value),
                            "no such measure (measures: " + measures + ")", List.of(),
                            String.valueOf(value), "pas de telle mesure (mesures : " + measures + ")"));
                } else if (result.measure(name) != value) {
                    mismatches.add(new Mismatch("measures." + name, String.valueOf(value),
                            String.valueOf(result.measure(name)), explanations(result, Topic.MOSAIQUE)));
                }
            });
        }
        if (actions != null) {
            actions.forEach((id, expected) -> checkAction(result, id, expected, mismatches));
        }
        if (nextLevel != null) {
            checkNextLevel(result, mismatches);
        }
        return mismatches;
    }

    /** The expectations on rule firings that these counts do not meet. */
    List<Mismatch> checkRules(Map<String, Long> firings) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (String rule : rulesFired == null ? List.<String>of() : rulesFired) {
            if (firings.getOrDefault(rule, 0L) == 0) {
                String fired = String.join(", ", new TreeSet<>(firings.keySet()));
                mismatches.add(new Mismatch("rulesFired", "\"" + rule + "\" fired", "it did not (fired: " + fired + ")",
                        List.of(), "« " + rule + " » déclenchée", "elle ne l'a pas été (déclenchées : " + fired + ")"));
            }
        }
        for (String rule : rulesNotFired == null ? List.<String>of() : rulesNotFired) {
            long count = firings.getOrDefault(rule, 0L);
            if (count > 0) {
                mismatches.add(new Mismatch("rulesNotFired", "\"" + rule + "\" not fired",
                        "it fired " + count + (count == 1 ? " time" : " times"), List.of(),
                        "« " + rule + " » non déclenchée", "elle l'a été " + count + " fois"));
            }
        }
        return mismatches;
    }

    /** The names this expects that the rule set has no rule of, as mismatches. */
    List<Mismatch> unknownRules(List<RuleInfo> rules) {
        Set<String> known = rules.stream().map(RuleInfo::name).collect(Collectors.toSet());
        List<Mismatch> mismatches = new ArrayList<>();
        for (String rule : ruleNames()) {
            if (!known.contains(rule)) {
                mismatches.add(new Mismatch(rulesFired != null && rulesFired.contains(rule) ? "rulesFired" : "rulesNotFired",
                        "a rule named \"" + rule + "\"", "the rule set has no such rule", List.of(),
                        "une règle nommée « " + rule + " »", "le jeu de règles n'a aucune règle de ce nom"));
            }
        }
        return mismatches;
    }

    private void checkExcellence(Result result, List<Mismatch> mismatches) {
        Excellence actual = result.excellence();
        boolean same = actual.status() == excellence.status()
                && (!excellence.checkValidity() || Objects.equals(actual.validUntil(), excellence.validUntil()));
        if (!same) {
            mismatches.add(new Mismatch("excellence",
                    show(excellence.status(), excellence.checkValidity(), excellence.validUntil(), Language.EN),
                    show(actual.status(), true, actual.validUntil(), Language.EN), explanations(result, Topic.EXCELLENCE),
                    show(excellence.status(), excellence.checkValidity(), excellence.validUntil(), Language.FR),
                    show(actual.status(), true, actual.validUntil(), Language.FR)));
        }
    }

    /** The status code as scenario files write it, and its validity in the language. */
    private static String show(ExcellenceStatus status, boolean withValidity, Integer validUntil, Language language) {
        if (!withValidity || validUntil == null) {
            return status.name();
        }
        return status + (language == Language.EN ? " valid until " : " valable jusqu'en ") + validUntil;
    }

    private static void checkAction(Result result, String id, String expected, List<Mismatch> mismatches) {
        ActionResult action = result.action(id).orElse(null);
        String what = "actions." + id;
        if (action == null) {
            mismatches.add(new Mismatch(what, expected, "no action " + id + " in the dossier", List.of(),
                    expected, "pas d'action " + id + " dans le dossier"));
            return;
        }
        String actual = action.eligible() ? ELIGIBLE : action.reason();
        if (!expected.equals(actual)) {
            mismatches.add(new Mismatch(what, expected, actual, action.explanations()));
        }
    }

    private void checkNextLevel(Result result, List<Mismatch> mismatches) {
        NextLevel actual = result.nextLevel();
        List<Explanation> why = explanations(result, Topic.NEXT_LEVEL, Topic.AROBASES);
        if (nextLevel.none()) {
            if (actual != null) {
                mismatches.add(new Mismatch("nextLevel", "none (top level)", actual.arobases() + "@", why,
                        "aucun (plus haut niveau)", actual.arobases() + "@"));
            }
            return;
        }
        if (actual == null) {
            String expected = nextLevel.arobases() == null ? null : nextLevel.arobases() + "@";
            mismatches.add(new Mismatch("nextLevel", expected == null ? "a next level" : expected,
                    "none (" + result.arobases() + "@ is the top level)", why,
                    expected == null ? "un niveau suivant" : expected,
                    "aucun (" + result.arobases() + "@ est le plus haut niveau)"));
            return;
        }
        if (nextLevel.arobases() != null && actual.arobases() != nextLevel.arobases()) {
            mismatches.add(new Mismatch("nextLevel.arobases", nextLevel.arobases() + "@", actual.arobases() + "@", why));
        }
        if (nextLevel.unmet() != null) {
            // Shown in the scenario's order, so that expected and actual read side by side.
            Map<String, List<Integer>> unmet = new LinkedHashMap<>();
            for (String measure : nextLevel.unmet().keySet()) {
                actual.unmet().stream().filter(c -> c.measure().equals(measure)).findFirst()
                        .ifPresent(c -> unmet.put(measure, List.of(c.actual(), c.required())));
            }
            for (UnmetCondition condition : actual.unmet()) {
                unmet.putIfAbsent(condition.measure(), List.of(condition.actual(), condition.required()));
            }
            if (!unmet.equals(nextLevel.unmet())) {
                mismatches.add(new Mismatch("nextLevel.unmet", showUnmet(nextLevel.unmet()), showUnmet(unmet), why));
            }
        }
        if (nextLevel.uncoveredEnjeux() != null) {
            Set<String> uncovered = actual.uncoveredEnjeux().stream().map(Enjeu::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!uncovered.equals(nextLevel.uncoveredEnjeux())) {
                mismatches.add(new Mismatch("nextLevel.uncoveredEnjeux", show(nextLevel.uncoveredEnjeux()),
                        show(uncovered), explanations(result, Topic.MOSAIQUE)));
            }
        }
    }

    private static String showUnmet(Map<String, List<Integer>> unmet) {
        if (unmet.isEmpty()) {
            return "{}";
        }
        return unmet.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static Set<String> codes(List<Mention> mentions) {
        return mentions.stream().map(Mention::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String show(Collection<String> values) {
        return new TreeSet<>(values).stream().collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<Explanation> explanations(Result result, Topic... topics) {
        List<Explanation> chosen = new ArrayList<>();
        for (Topic topic : topics) {
            chosen.addAll(result.explanationsOf(topic));
        }
        return chosen;
    }
}
