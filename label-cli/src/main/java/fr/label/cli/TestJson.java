package fr.label.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.Language;
import fr.label.RuleInfo;
import fr.label.testing.MutantOutcome;
import fr.label.testing.MutationReport;
import fr.label.testing.RuleCoverageReport;
import fr.label.testing.ScenarioOutcome;
import fr.label.testing.ScenarioRun;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** {@code label test --format json}: every scenario's outcome, each edition's coverage and, with --mutants, its mutants. */
final class TestJson {

    private TestJson() {
    }

    static String of(ScenarioRun run, List<MutationReport> mutants, Double minMutationScore, Function<Path, String> name,
                     Language language) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("successful", run.successful() && (mutants == null || minMutationScore == null
                || mutants.stream().allMatch(report -> report.score() >= minMutationScore)));
        ObjectNode scenarios = root.putObject("scenarios");
        scenarios.put("run", run.outcomes().size());
        scenarios.put("passed", run.passed());
        scenarios.put("failed", run.failed());
        scenarios.put("skipped", run.skipped());
        ArrayNode outcomes = scenarios.putArray("outcomes");
        for (ScenarioOutcome outcome : run.outcomes()) {
            ObjectNode node = outcomes.addObject();
            node.put("file", name.apply(outcome.file()));
            node.put("line", outcome.line());
            node.put("name", outcome.name());
            if (outcome.edition() != null) {
                node.put("edition", outcome.edition());
            }
            node.put("passed", outcome.passed());
            if (!outcome.passed()) {
                outcome.describe(language).forEach(node.putArray("failure")::add);
            }
        }
        ArrayNode coverage = root.putArray("coverage");
        for (RuleCoverageReport report : run.coverage()) {
            ObjectNode node = coverage.addObject();
            node.put("edition", report.edition());
            node.put("rules", report.ruleSet());
            node.put("fired", report.fired());
            node.put("of", report.firings().size());
            node.put("percent", report.percent());
            ArrayNode never = node.putArray("neverFired");
            for (RuleInfo rule : report.neverFired()) {
                never.addObject().put("rule", rule.name()).put("file", rule.file());
            }
        }
        if (mutants != null) {
            ArrayNode editions = root.putArray("mutants");
            for (MutationReport report : mutants) {
                ObjectNode node = editions.addObject();
                node.put("edition", report.edition());
                node.put("rules", report.ruleSet());
                node.put("mutants", report.outcomes().size());
                node.put("killed", report.killed());
                node.put("survived", report.survivors().size());
                node.put("score", report.score());
                if (minMutationScore != null) {
                    node.put("minScore", minMutationScore);
                }
                ArrayNode each = node.putArray("outcomes");
                for (MutantOutcome outcome : report.outcomes()) {
                    ObjectNode mutant = each.addObject();
                    mutant.put("status", outcome.status().name());
                    mutant.put("kind", outcome.mutant().kind().name());
                    mutant.put("file", outcome.mutant().file());
                    mutant.put("line", outcome.mutant().line());
                    mutant.put("rule", outcome.mutant().rule());
                    mutant.put("change", outcome.mutant().change(language));
                    if (outcome.scenario() != null) {
                        mutant.put(outcome.status() == MutantOutcome.Status.SURVIVED ? "closestScenario" : "killedBy",
                                outcome.scenario());
                    }
                    if (outcome.detail() != null) {
                        mutant.put("detail", outcome.detail().text(language));
                    }
                }
            }
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the test report as JSON", e);
        }
    }
}
