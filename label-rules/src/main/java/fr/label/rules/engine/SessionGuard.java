package fr.label.rules.engine;

import fr.label.Language;
import fr.label.RuleDiagnostics;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.referentiel.Referentiel;
import fr.label.rules.facts.ExplanationLog;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fires a session's rules for the engine and turns what can go wrong in rule code — rule files
 * are code — into a {@link RuleSetException} naming the rule: a consequence that throws, and a
 * rule set that keeps firing past the limit (a rule that {@code update}s its own facts loops).
 *
 * <p>The normal path costs nothing per firing: the session fires with a bound. Only when the
 * bound is reached is the same session replayed with a counting listener, to name the rule that
 * fired most.
 */
final class SessionGuard {

    /** What a session evaluates, for messages: a phrase of rule-diagnostics_*.properties. */
    record Subject(RuleDiagnostics.Phrase phrase) {

        static Subject dossier(String code) {
            return new Subject(RuleDiagnostics.phrase("subject.dossier", code));
        }

        static final Subject DELIBERATION = new Subject(RuleDiagnostics.phrase("subject.deliberation"));
        static final Subject RULE_SET = new Subject(RuleDiagnostics.phrase("subject.ruleSet"));

        static Subject probe(Object type) {
            return new Subject(RuleDiagnostics.phrase("subject.probe", type));
        }
    }

    private static final java.util.regex.Pattern CHANGES_A_FACT = java.util.regex.Pattern.compile("\\b(?:update|modify)\\s*\\(");

    private SessionGuard() {
    }

    /**
     * Fires the session's rules, at most {@code limit} times.
     *
     * @param replay inserts the session's facts into a fresh session: run only when the limit is
     *               reached, to count which rule fired most
     * @throws RuleSetException when a consequence fails or the rules fire beyond the limit
     */
    static void fire(RuleSet ruleSet, Referentiel referentiel, KieSession session, long limit, Subject subject,
                     Consumer<KieSession> replay) {
        fire(ruleSet, referentiel, session, limit, subject, replay, null);
    }

    /**
     * Fires the session's rules that {@code filter} lets through ({@code null}: every rule), at
     * most {@code limit} times.
     */
    static void fire(RuleSet ruleSet, Referentiel referentiel, KieSession session, long limit, Subject subject,
                     Consumer<KieSession> replay, AgendaFilter filter) {
        int bound = (int) Math.min(Integer.MAX_VALUE - 1L, limit);
        int fired;
        try {
            fired = filter == null ? session.fireAllRules(bound + 1) : session.fireAllRules(filter, bound + 1);
        } catch (RuntimeException e) {
            throw failed(ruleSet, subject, e);
        }
        if (fired > bound) {
            throw runaway(ruleSet, referentiel, bound, subject, replay, filter);
        }
    }

    /** The rules ran out of memory: custom rules inserting without end, most likely. */
    static RuleSetException outOfMemory(RuleSet ruleSet, Subject subject, OutOfMemoryError error) {
        return new RuleSetException(ruleSet.name(),
                RuleDiagnostics.problem(null, 0, 0, "rules.outOfMemory", subject.phrase()), error);
    }

    /** A consequence threw: the rule, where it is written, and what it threw. */
    static RuleSetException failed(RuleSet ruleSet, Subject subject, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? ""
                : ": " + root.getMessage().lines().findFirst().orElse(""));
        String rule = e instanceof ConsequenceException consequence && consequence.getRule() != null
                ? consequence.getRule().getName() : null;
        RuleText text = rule == null ? null : RuleText.of(ruleSet.files()).get(rule);
        String key = rule == null ? "rules.failed" : "rules.ruleFailed";
        return new RuleSetException(ruleSet.name(), RuleDiagnostics.problem(text == null ? null : text.file(),
                text == null ? 0 : text.line(), 0, key, rule, subject.phrase(), what), e);
    }

    private static RuleSetException runaway(RuleSet ruleSet, Referentiel referentiel, int bound, Subject subject,
                                            Consumer<KieSession> replay, AgendaFilter filter) {
        Map<String, Long> firings = new HashMap<>();
        KieSession counting = ruleSet.newSession(referentiel, new ExplanationLog(),
                rule -> firings.merge(rule, 1L, Long::sum));
        try {
            replay.accept(counting);
            if (filter == null) {
                counting.fireAllRules(bound + 1);
            } else {
                counting.fireAllRules(filter, bound + 1);
            }
        } catch (RuntimeException e) {
            // counted up to the failure: enough to name the rule
        } finally {
            counting.dispose();
        }
        Map.Entry<String, Long> most = firings.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .orElse(Map.entry("?", 0L));
        Map<String, RuleText> texts = RuleText.of(ruleSet.files());
        // The rule that fired most may be the victim of a loop rather than its cause: name the
        // rules that fired and change facts, where a loop usually starts.
        List<String> changing = firings.keySet().stream().sorted()
                .filter(rule -> texts.containsKey(rule) && CHANGES_A_FACT.matcher(
                        texts.get(rule).consequence().replaceAll("//[^\n]*", "")).find())
                .map(rule -> "\"" + rule + "\" (" + texts.get(rule).file() + ":" + texts.get(rule).line() + ")")
                .toList();
        Object changers = changing.isEmpty() ? "" : RuleDiagnostics.phrase("rules.runaway.changing", String.join(", ", changing));
        RuleText text = texts.get(most.getKey());
        return new RuleSetException(ruleSet.name(), List.of(new RuleProblem(text == null ? null : text.file(),
                text == null ? 0 : text.line(), 0,
                RuleDiagnostics.text(Language.FR, "rules.runaway", most.getKey(), number(most.getValue(), Language.FR),
                        subject.phrase(), number(bound, Language.FR), changers),
                RuleDiagnostics.text(Language.EN, "rules.runaway", most.getKey(), number(most.getValue(), Language.EN),
                        subject.phrase(), number(bound, Language.EN), changers))));
    }

    /** 100000 as "100 000" in French, "100,000" in English. */
    private static String number(long value, Language language) {
        String plain = String.format(java.util.Locale.ROOT, "%,d", value);
        return language == Language.EN ? plain : plain.replace(',', '\u00a0');
    }
}
