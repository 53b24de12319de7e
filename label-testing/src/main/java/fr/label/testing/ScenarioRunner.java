package fr.label.testing;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleDiagnostics;
import fr.label.RuleInfo;
import fr.label.RuleSetException;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs scenarios with one engine per edition, built once and kept for the run, and counts every
 * rule firing for the coverage. Rules that cannot be used are reported once, by
 * {@link #ruleSetFailure(int)}; each scenario of their edition then only says it did not run.
 */
final class ScenarioRunner {

    /** An edition's engine and its firing counts, or why it cannot be built. */
    private record EditionEngine(LabelEngine engine, FiringRecorder recorder, List<String> failure) {
    }

    private final Path rules;
    private final Integer rulesEdition;
    private final Language language;
    private final Integer maxFirings;
    /** Whether the rules directory is laid out by edition, and so replaces the shipped rules of every edition. */
    private final boolean rulesOfEveryEdition;
    private final Map<Integer, EditionEngine> engines = new TreeMap<>();

    /**
     * @param rules        a rules directory replacing the shipped rules of {@code rulesEdition}, or
     *                     of every edition when laid out like them; or {@code null}
     * @param rulesEdition the edition the rules directory is for
     * @param language     the language of the rules' problems
     * @param maxFirings   the rule firings a dossier may take, or {@code null} for the engine's default
     */
    ScenarioRunner(Path rules, Integer rulesEdition, Language language, Integer maxFirings) {
        this.rules = rules;
        this.rulesEdition = rulesEdition;
        this.language = language;
        this.maxFirings = maxFirings;
        this.rulesOfEveryEdition = rules != null && !LabelEngine.editions(rules).isEmpty();
    }

    /**
     * Builds the engine of the edition, if not yet done, and returns why its rules cannot be used
     * — as an outcome of its own, to report once before the scenarios — or {@code null} when they can.
     */
    synchronized ScenarioOutcome ruleSetFailure(int year) {
        EditionEngine edition = engine(year);
        if (edition.failure() == null) {
            return null;
        }
        Path where = ownRules(year) ? rules : Path.of(String.valueOf(year));
        return new ScenarioOutcome(where, RuleDiagnostics.text(language, "scenarios.rulesOf", year), 0, year,
                List.of(), edition.failure());
    }

    /** Whether the rules directory replaces the shipped rules of this edition. */
    private boolean ownRules(int year) {
        return rules != null && (rulesOfEveryEdition || rulesEdition != null && rulesEdition == year);
    }

    synchronized ScenarioOutcome run(Scenario scenario) {
        return runKeepingResults(scenario).outcome();
    }

    /**
     * A scenario's outcome with what the rules gave: each dossier's result (in the order of the
     * scenario's dossiers, those evaluated) and the firings of each rule, for a mutation run.
     */
    record Ran(ScenarioOutcome outcome, List<Result> results, Map<String, Long> firings) {
    }

    /** A runner on an engine built by the caller (a mutant's), for the scenarios of its edition. */
    static ScenarioRunner on(LabelEngine engine, FiringRecorder recorder, Language language) {
        ScenarioRunner runner = new ScenarioRunner(null, null, language, null);
        runner.engines.put(engine.edition(), new EditionEngine(engine, recorder, null));
        return runner;
    }

    synchronized Ran runKeepingResults(Scenario scenario) {
        EditionEngine edition = engine(scenario.edition());
        List<Result> results = new ArrayList<>();
        if (edition.failure() != null) {
            return new Ran(outcome(scenario, List.of(),
                    List.of(RuleDiagnostics.text(language, "scenarios.notRun", scenario.edition()))), results, Map.of());
        }
        LabelEngine engine = edition.engine();
        List<Mismatch> unknownRules = scenario.expect().unknownRules(engine.rules());
        List<Mismatch> mismatches = new ArrayList<>(unknownRules);
        List<String> problems = new ArrayList<>();
        edition.recorder().startScenario();
        Map<String, Long> firings;
        try {
            if (scenario.evaluation() == Scenario.Evaluation.ALONE) {
                Result result = engine.evaluate(scenario.dossiers().get(0));
                results.add(result);
                mismatches.addAll(scenario.expect().check(result));
            } else {
                Palmares palmares = engine.evaluateEdition(scenario.dossiers());
                results.addAll(palmares.results());
                for (Rejection rejection : palmares.rejections()) {
                    rejection.problems().forEach(p -> problems.add("dossiers[" + rejection.index() + "]: " + p.message()));
                }
                scenario.expectByCode().forEach((code, expected) -> palmares.result(code).ifPresent(result -> {
                    for (Mismatch mismatch : expected.check(result)) {
                        mismatches.add(mismatch.about(code + "." + mismatch.what()));
                    }
                }));
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
        } catch (RuleSetException e) {
            problems.addAll(e.describe(language));
        } finally {
            firings = edition.recorder().endScenario();
        }
        if (problems.isEmpty() && unknownRules.isEmpty()) {
            mismatches.addAll(scenario.expect().checkRules(firings));
        }
        return new Ran(outcome(scenario, mismatches, problems), results, firings);
    }

    private static ScenarioOutcome outcome(Scenario scenario, List<Mismatch> mismatches, List<String> problems) {
        return new ScenarioOutcome(scenario.file(), scenario.displayName(), scenario.line(), scenario.edition(),
                mismatches, problems);
    }

    /** The coverage of an edition over the scenarios run so far, or null when its engine could not be built. */
    synchronized RuleCoverageReport coverage(int year) {
        EditionEngine edition = engines.get(year);
        if (edition == null || edition.engine() == null) {
            return null;
        }
        List<RuleInfo> all = edition.engine().rules();
        return new RuleCoverageReport(year, ownRules(year) ? rules.toString() : RuleCoverageReport.SHIPPED,
                edition.recorder().coverage().counts(all));
    }

    /** The editions whose engines were built. */
    synchronized List<Integer> editions() {
        return engines.entrySet().stream().filter(e -> e.getValue().engine() != null).map(Map.Entry::getKey).toList();
    }

    private EditionEngine engine(int year) {
        return engines.computeIfAbsent(year, this::build);
    }

    private EditionEngine build(int year) {
        FiringRecorder recorder = new FiringRecorder();
        // One thread: the scenario's own firings are counted on the calling thread.
        LabelEngine.Builder builder = LabelEngine.builder().edition(year).threads(1).listener(recorder);
        if (ownRules(year)) {
            builder.rules(rules);
        }
        if (maxFirings != null) {
            builder.maxFirings(maxFirings);
        }
        try {
            return new EditionEngine(builder.build(), recorder, null);
        } catch (RuleSetException e) {
            return new EditionEngine(null, recorder, e.describe(language));
        } catch (UnknownEditionException e) {
            return new EditionEngine(null, recorder, List.of(e.getMessage()
                    + " (or run the scenarios with the edition's rules: --rules DIR --edition " + year + ")"));
        }
    }

    /** The outcome of a scenario that cannot be read. */
    static ScenarioOutcome unreadable(Path file, ScenarioFile.Unreadable scenario) {
        return new ScenarioOutcome(file, scenario.name(), scenario.line(), null, List.of(),
                scenario.problems().stream().map(InputProblem::toString).toList());
    }
}
