package fr.label.testing;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.Language;
import fr.label.RuleProblem;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.result.Result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Runs the scenarios of one edition against each mutant of its rule set. A mutant is built by
 * compiling its one changed rule into a copy of the rule set ({@link LabelRules#withRule}), not the
 * whole rule set; mutants run on every core, each on its own engine. A mutant is killed as soon as
 * one scenario fails, so scenarios that killed mutants before are tried first; a survivor runs
 * every scenario, and its results are compared with those of the rules as written to find the
 * scenario that came closest.
 */
final class MutationRunner {

    private final int edition;
    private final RuleSetDescription rules;
    private final List<Scenario> scenarios;
    private final Function<Scenario, String> label;
    private final IntFunction<String> fileName;
    private final Language language;
    private final Integer maxFirings;
    private final java.util.function.Predicate<RuleMutant> which;
    private final Map<Integer, AtomicLong> kills = new ConcurrentHashMap<>();
    private List<ScenarioRunner.Ran> baseline;

    /**
     * @param rules     the edition's rules, compiled from their files
     * @param scenarios the scenarios of the edition, in run order; they pass on {@code rules}
     * @param label     how a scenario is named in the report: {@code file:line  name}
     * @param fileName  the name to show for the rule file at an index of {@code rules.files()}
     */
    MutationRunner(int edition, RuleSetDescription rules, List<Scenario> scenarios, Function<Scenario, String> label,
                   IntFunction<String> fileName, Language language, Integer maxFirings,
                   java.util.function.Predicate<RuleMutant> which) {
        this.which = which;
        this.edition = edition;
        this.rules = rules;
        this.scenarios = List.copyOf(scenarios);
        this.label = label;
        this.fileName = fileName;
        this.language = language;
        this.maxFirings = maxFirings;
    }

    /**
     * @param ruleSet how the report names the rules
     * @throws IllegalStateException when a scenario fails on the rules as written: a mutant is
     *                               only killed by a suite that passes without it
     */
    MutationReport run(String ruleSet, int threads) {
        FiringRecorder recorder = new FiringRecorder();
        ScenarioRunner original = ScenarioRunner.on(engine(rules, recorder), recorder, language);
        baseline = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            ScenarioRunner.Ran ran = original.runKeepingResults(scenario);
            if (!ran.outcome().passed()) {
                throw new IllegalStateException(language == Language.EN
                        ? "the scenarios of edition " + edition + " must pass before their mutants mean anything; "
                        + "failed: " + label.apply(scenario)
                        : "les scénarios de l'édition " + edition + " doivent réussir pour que leurs mutants aient "
                        + "un sens ; en échec : " + label.apply(scenario));
            }
            baseline.add(ran);
        }
        List<RuleMutant> mutants = new ArrayList<>();
        List<String> names = rules.files().stream().map(f -> f.name()).toList();
        List<String> notMutated = new ArrayList<>();
        for (RuleMutant mutant : MutantGenerator.mutants(rules.files(), notMutated)) {
            int index = names.indexOf(mutant.file());
            RuleMutant shown = new RuleMutant(mutant.kind(), mutant.rule(), index < 0 ? mutant.file() : fileName.apply(index),
                    mutant.line(), mutant.original(), mutant.mutated(), mutant.ruleText());
            if (which.test(shown)) {
                mutants.add(shown);
            }
        }
        List<MutantOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, "label-mutants");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<MutantOutcome>> futures = new ArrayList<>();
            for (RuleMutant mutant : mutants) {
                futures.add(pool.submit(() -> run(mutant)));
            }
            for (Future<MutantOutcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new MutationReport(edition, ruleSet, outcomes, notMutated);
    }

    private LabelEngine engine(RuleSetDescription ruleSet, FiringRecorder recorder) {
        LabelEngine.Builder builder = LabelEngine.builder().edition(edition).rules(ruleSet).threads(1).listener(recorder);
        if (maxFirings != null) {
            builder.maxFirings(maxFirings);
        }
        return builder.build();
    }

    private MutantOutcome run(RuleMutant mutant) {
        FiringRecorder recorder = new FiringRecorder();
        LabelEngine engine;
        try {
            engine = engine(LabelRules.withRule(rules, mutant.rule(), mutant.ruleText()), recorder);
        } catch (RuleSetException e) {
            RuleProblem first = e.problems().isEmpty() ? null : e.problems().get(0);
            return new MutantOutcome(mutant, MutantOutcome.Status.UNUSABLE, null, first == null
                    ? new MutantOutcome.Detail("règles refusées", "rules refused")
                    : new MutantOutcome.Detail(first.message(Language.FR), first.message(Language.EN)));
        }
        ScenarioRunner runner = ScenarioRunner.on(engine, recorder, language);
        // Switched off, a rule changes only the scenarios it fired in.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            if (mutant.kind() != RuleMutant.Kind.RULE_OFF || baseline.get(i).firings().getOrDefault(mutant.rule(), 0L) > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingLong((Integer i) -> -kills.getOrDefault(i, new AtomicLong()).get())
                .thenComparingInt(i -> i));
        List<ScenarioRunner.Ran> ran = new ArrayList<>(java.util.Collections.nCopies(scenarios.size(), null));
        for (int i : order) {
            ScenarioRunner.Ran each = runner.runKeepingResults(scenarios.get(i));
            if (!each.outcome().passed()) {
                kills.computeIfAbsent(i, k -> new AtomicLong()).incrementAndGet();
                return new MutantOutcome(mutant, MutantOutcome.Status.KILLED, label.apply(scenarios.get(i)), null);
            }
            ran.set(i, each);
        }
        return closest(mutant, ran);
    }

    /** The survivor's nearest miss: the first scenario whose results changed, else one its rule fired in. */
    private MutantOutcome closest(RuleMutant mutant, List<ScenarioRunner.Ran> ran) {
        int explained = -1;
        for (int i = 0; i < scenarios.size(); i++) {
            if (ran.get(i) == null) {
                continue;
            }
            String changed = difference(baseline.get(i).results(), ran.get(i).results());
            if ("explanations".equals(changed)) {
                explained = explained < 0 ? i : explained;
            } else if (changed != null) {
                return new MutantOutcome(mutant, MutantOutcome.Status.SURVIVED, label.apply(scenarios.get(i)),
                        new MutantOutcome.Detail("son résultat change (" + changed + ") sans qu'aucune attente ne le vérifie",
                                "its result changes (" + changed + ") but no expectation checks it"));
            }
        }
        if (explained >= 0) {
            return new MutantOutcome(mutant, MutantOutcome.Status.SURVIVED, label.apply(scenarios.get(explained)),
                    new MutantOutcome.Detail("seules ses explications changent, et un scénario ne vérifie pas les explications",
                            "only its explanations change, and scenarios do not check explanations"));
        }
        int best = -1;
        long most = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            long fired = baseline.get(i).firings().getOrDefault(mutant.rule(), 0L);
            if (ran.get(i) != null) {
                fired = Math.max(fired, ran.get(i).firings().getOrDefault(mutant.rule(), 0L));
            }
            if (fired > most) {
                most = fired;
                best = i;
            }
        }
        if (mutant.kind() == RuleMutant.Kind.FIGURE) {
            return new MutantOutcome(mutant, MutantOutcome.Status.SURVIVED, null, new MutantOutcome.Detail(
                    "aucun résultat ne change : aucun dossier des scénarios ne se trouve entre " + mutant.original()
                            + " et " + mutant.mutated(),
                    "no result changes: no dossier of the scenarios lies between " + mutant.original() + " and "
                            + mutant.mutated()));
        }
        if (best < 0) {
            return new MutantOutcome(mutant, MutantOutcome.Status.SURVIVED, null, new MutantOutcome.Detail(
                    "aucun scénario ne déclenche cette règle", "no scenario makes this rule fire"));
        }
        return new MutantOutcome(mutant, MutantOutcome.Status.SURVIVED, label.apply(scenarios.get(best)),
                new MutantOutcome.Detail("la règle s'y déclenche (" + most + " fois) sans changer aucun résultat",
                        "the rule fires in it (" + most + (most == 1 ? " time" : " times") + ") and no result changes"));
    }

    /** The first part of the results that differs, by its JSON name, or {@code null} when they are the same. */
    static String difference(List<Result> before, List<Result> after) {
        if (before.size() != after.size()) {
            return "results";
        }
        String explanations = null;
        for (int i = 0; i < before.size(); i++) {
            Result a = before.get(i);
            Result b = after.get(i);
            if (a.arobases() != b.arobases()) {
                return "arobases";
            }
            if (!Objects.equals(a.mentionsEligible(), b.mentionsEligible())) {
                return "mentionsEligible";
            }
            if (!Objects.equals(a.mentions(), b.mentions())) {
                return "mentions";
            }
            if (!Objects.equals(a.excellence(), b.excellence())) {
                return "excellence";
            }
            if (!Objects.equals(a.measures(), b.measures())) {
                return "measures";
            }
            if (!Objects.equals(a.mosaique(), b.mosaique())) {
                return "mosaique";
            }
            if (!Objects.equals(a.actions(), b.actions())) {
                return "actions";
            }
            if (!Objects.equals(a.nextLevel(), b.nextLevel())) {
                return "nextLevel";
            }
            if (!Objects.equals(a.explanations(), b.explanations())) {
                explanations = "explanations";
            }
        }
        return explanations;
    }
}
