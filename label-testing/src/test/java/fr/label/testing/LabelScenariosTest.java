package fr.label.testing;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelScenariosTest {

    private static final String VILLE_FOUR = """
            scenarios:
              - name: a VILLE with 35 actions over 10 enjeux, démocratie locale among them, gets 4@
                dossier:
                  collectivite: {code: "99001", name: Ville-Exemple, type: VILLE}
                  changes:
                    - profile: {eligibleActions: 35, coveredEnjeux: 10, democratieLocaleCovered: true}
                expect:
                  arobases: 4
            """;
    private static final String VILLE_FOUR_ACTIONS =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    @TempDir
    Path dir;

    private Path scenarios(String name, String yaml) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios/2023"));
        Files.writeString(folder.resolve(name), yaml);
        return dir.resolve("scenarios");
    }

    /** A copy of the 2023 rules with the VILLE 4@ threshold at the given number of actions. */
    private Path rulesWithVilleFourAt(int actions) throws IOException {
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);
        Path thresholds = rules.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        assertThat(text).contains(VILLE_FOUR_ACTIONS);
        Files.writeString(thresholds, text.replace(VILLE_FOUR_ACTIONS,
                VILLE_FOUR_ACTIONS.replace("35", String.valueOf(actions))));
        return rules;
    }

    @Test
    void aScenarioFileGivenAsTextRunsInTheEditionItOrTheRunNames() {
        ScenarioRun named = LabelScenarios.ofText(VILLE_FOUR, "<stdin>").edition(2023).run();
        ScenarioRun unnamed = LabelScenarios.ofText(VILLE_FOUR, "<stdin>").run();

        assertThat(named.successful()).isTrue();
        assertThat(named.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.file()).isEqualTo(Path.of("<stdin>"));
            assertThat(outcome.line()).isEqualTo(2);
        });
        assertThat(unnamed.successful()).isFalse();
        assertThat(unnamed.outcomes()).singleElement().satisfies(outcome -> assertThat(outcome.passed()).isFalse());
    }

    @Test
    void aTesterSeesAScenarioFailWithExpectedActualAndWhyThenPassOnceTheRuleIsFixed() throws IOException {
        Path scenarios = scenarios("ville.yaml", VILLE_FOUR);
        Path rules = rulesWithVilleFourAt(36); // a rule author's mistake

        ScenarioRun failing = LabelScenarios.in(scenarios).rules(rules).run();

        assertThat(failing.failed()).isEqualTo(1);
        ScenarioOutcome outcome = failing.outcomes().get(0);
        assertThat(outcome.edition()).isEqualTo(2023);
        assertThat(outcome.line()).isEqualTo(2);
        assertThat(outcome.describe(fr.label.Language.EN)).containsExactly(
                "arobases: expected 4@, actual 3@",
                "  Arobases: the level below the lowest unmet threshold: 3@: conditions met up to 3@; "
                        + "4@ still needs: eligible actions: 35 of 36.",
                "  Next level: a condition not met yet: For 4@: eligible actions: 35 of 36.");

        Files.writeString(rules.resolve("thresholds.drl"), Files.readString(rules.resolve("thresholds.drl"))
                .replace(VILLE_FOUR_ACTIONS.replace("35", "36"), VILLE_FOUR_ACTIONS));
        ScenarioRun fixed = LabelScenarios.in(scenarios).rules(rules).run();

        assertThat(fixed.failed()).isZero();
        assertThat(fixed.successful()).isTrue();
    }

    @Test
    void theCoverageCountsEachRuleOfTheEditionAndNamesThoseThatNeverFired() throws IOException {
        ScenarioRun run = LabelScenarios.in(scenarios("ville.yaml", VILLE_FOUR)).minCoverage(100).run();

        assertThat(run.coverage()).singleElement().satisfies(coverage -> {
            assertThat(coverage.edition()).isEqualTo(2023);
            assertThat(coverage.ruleSet()).isEqualTo("shipped");
            assertThat(coverage.firings().keySet()).containsExactlyElementsOf(LabelEngine.forEdition(2023).rules());
            assertThat(coverage.firings().entrySet()).anySatisfy(e -> {
                assertThat(e.getKey().name()).isEqualTo("Threshold checked against its measure");
                assertThat(e.getValue()).isEqualTo(11); // the VILLE lines of the table, checked once each
            });
            assertThat(coverage.neverFired()).extracting("name")
                    .contains("Action is a duplicate of an earlier action", "Mention not awarded: ranked beyond the cap");
            assertThat(coverage.percent()).isLessThan(100);
        });
        assertThat(run.failed()).isZero();
        assertThat(run.coverageBelowMinimum()).hasSize(1);
        assertThat(run.successful()).isFalse();
    }

    @Test
    void rulesFiredNamesRulesThatMustHaveFiredAndAMisspeltRuleNameFails() throws IOException {
        ScenarioRun run = LabelScenarios.in(scenarios("rules.yaml", """
                scenarios:
                  - name: right names
                    dossier: {collectivite: {code: "1", name: A, type: VILLE}}
                    expect:
                      rulesFired: ["Arobases: the level below the lowest unmet threshold"]
                      rulesNotFired: ["Arobases: every threshold met"]
                  - name: misspelt name
                    dossier: {collectivite: {code: "1", name: A, type: VILLE}}
                    expect:
                      rulesNotFired: ["Arobases: every treshold met"]
                """)).run();

        assertThat(run.outcomes()).extracting(ScenarioOutcome::passed).containsExactly(true, false);
        assertThat(run.outcomes().get(1).mismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.what()).isEqualTo("rulesNotFired");
            assertThat(mismatch.actual()).isEqualTo("the rule set has no such rule");
        });
    }

    @Test
    void anEditionScenarioAppliesTheCapsAndNamesTheDossierOfEachMismatch() throws IOException {
        ScenarioRun run = LabelScenarios.in(scenarios("caps.yaml", """
                scenarios:
                  - name: médiation numérique goes to three of four
                    dossiers:
                      - collectivite: {code: "1", name: A, type: VILLE}
                        changes: [{profile: {eligibleActions: 20, coveredEnjeux: 7}}, {add: {actions: 3, in: MEDIATION, innovative: 3}}]
                      - collectivite: {code: "2", name: B, type: VILLE}
                        changes: [{profile: {eligibleActions: 20, coveredEnjeux: 7}}, {add: {actions: 3, in: MEDIATION, innovative: 2}}]
                      - collectivite: {code: "3", name: C, type: VILLE}
                        changes: [{profile: {eligibleActions: 20, coveredEnjeux: 7}}, {add: {actions: 3, in: MEDIATION, innovative: 2}}]
                      - collectivite: {code: "4", name: D, type: VILLE}
                        changes: [{profile: {eligibleActions: 20, coveredEnjeux: 7}}, {add: {actions: 3, in: MEDIATION, innovative: 1}}]
                    expect:
                      "3": {mentions: []}
                      "4": {mentionsEligible: [MEDIATION_NUMERIQUE], mentions: []}
                """)).run();

        assertThat(run.outcomes().get(0).mismatches()).singleElement().satisfies(mismatch -> {
            assertThat(mismatch.what()).isEqualTo("3.mentions");
            assertThat(mismatch.expected()).isEqualTo("[]");
            assertThat(mismatch.actual()).isEqualTo("[MEDIATION_NUMERIQUE]");
            assertThat(mismatch.explanations()).extracting("rule").contains("Mention awarded: ranked within the cap");
        });
    }

    @Test
    void testsGiveAContainerPerFileATestPerScenarioAndACoverageTestPerEdition() throws Throwable {
        Path scenarios = scenarios("ville.yaml", VILLE_FOUR);
        Files.writeString(scenarios.resolve("2023/broken.yaml"), "scenarios: {}\n");

        List<DynamicNode> nodes = LabelScenarios.in(scenarios).minCoverage(50).tests().toList();

        assertThat(nodes).extracting(DynamicNode::getDisplayName)
                .containsExactly("2023/broken.yaml", "2023/ville.yaml",
                        "la couverture des règles de l'édition 2023 est d'au moins 50 %");
        List<DynamicTest> broken = tests(nodes.get(0));
        assertThat(broken).singleElement().extracting(DynamicTest::getDisplayName).isEqualTo("cannot be read");
        assertThatThrownBy(broken.get(0).getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("broken.yaml: scenarios: expected a list of scenarios, found {} (line 1)");
        List<DynamicTest> ville = tests(nodes.get(1));
        assertThat(ville).extracting(DynamicTest::getDisplayName)
                .containsExactly("a VILLE with 35 actions over 10 enjeux, démocratie locale among them, gets 4@");
        assertThat(ville.get(0).getTestSourceUri()).hasValueSatisfying(uri -> assertThat(uri.getQuery()).isEqualTo("line=2"));
        ville.get(0).getExecutable().execute();
        Executable coverage = ((DynamicTest) nodes.get(2)).getExecutable();
        coverage.execute(); // more than half of the rules fired for one 4@ dossier
    }

    @Test
    void rulesForSeveralEditionsNeedTheEditionTheyAreFor() throws IOException {
        Path scenarios = scenarios("ville.yaml", VILLE_FOUR);
        Files.createDirectories(scenarios.resolve("2022"));
        Files.writeString(scenarios.resolve("2022/ville.yaml"), VILLE_FOUR);

        assertThatThrownBy(() -> LabelScenarios.in(scenarios).rules(dir.resolve("rules")).run())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The scenarios run in [2022, 2023]: give the edition");
        assertThat(LabelScenarios.in(scenarios).edition(2022).run().skipped()).isEqualTo(1);
    }

    @Test
    void rulesLaidOutByEditionRunTheScenariosOfANewEditionWithItsFolder() throws IOException {
        // A new edition as a rule author prepares it: its folder beside the others, no Java.
        Path root = dir.resolve("rules-root");
        LabelRules.export(2024, root.resolve("common"));
        Path edition = root.resolve("common/edition.drl");
        String text = Files.readString(edition);
        Files.createDirectories(root.resolve("edition-2024"));
        Files.createDirectories(root.resolve("edition-2025"));
        Files.writeString(root.resolve("edition-2024/edition.drl"), text);
        Files.writeString(root.resolve("edition-2025/edition.drl"), text.replace("2024", "2025").replace("2023", "2024"));
        Files.delete(edition);
        Path scenarios = dir.resolve("scenarios");
        for (String year : List.of("2024", "2025")) {
            Files.createDirectories(scenarios.resolve(year));
            Files.writeString(scenarios.resolve(year + "/ville.yaml"), VILLE_FOUR);
        }

        ScenarioRun run = LabelScenarios.in(scenarios).rules(root).run();

        assertThat(run.outcomes()).extracting(ScenarioOutcome::edition).containsExactly(2024, 2025);
        assertThat(run.failed()).isZero();
        assertThat(run.coverage()).extracting(RuleCoverageReport::edition, RuleCoverageReport::ruleSet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, root.toString()),
                        org.assertj.core.groups.Tuple.tuple(2025, root.toString()));
    }

    private static List<DynamicTest> tests(DynamicNode container) {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<? extends DynamicNode> children = ((DynamicContainer) container).getChildren()) {
            children.forEach(child -> tests.add((DynamicTest) child));
        }
        return tests;
    }

    @Test
    void rulesThatCannotBeUsedAreReportedOnceThenEachScenarioSaysItDidNotRun() throws IOException {
        Path scenarios = scenarios("ville.yaml", VILLE_FOUR + VILLE_FOUR.replace("scenarios:\n", "")
                .replace("gets 4@", "gets 4@ again"));
        Path rules = rulesWithVilleFourAt(35);
        Files.delete(rules.resolve("levels.drl"));

        ScenarioRun run = LabelScenarios.in(scenarios).rules(rules).language(fr.label.Language.EN).run();
        List<DynamicNode> tests = LabelScenarios.in(scenarios).rules(rules).tests().toList();

        assertThat(run.outcomes()).hasSize(3);
        assertThat(run.outcomes().get(0).name()).isEqualTo("rules of edition 2023");
        assertThat(run.outcomes().get(0).describe(fr.label.Language.EN)).containsExactly(
                "rule set " + rules + " cannot be used:",
                "no rule decides the thresholds checked against the measures (ThresholdCheck); levels.drl usually does",
                "no rule decides the arobases level (Arobases); levels.drl usually does");
        assertThat(run.outcomes().subList(1, 3)).allSatisfy(outcome -> assertThat(outcome.problems())
                .containsExactly("not run: the rules of edition 2023 cannot be used (see above)"));
        assertThat(run.successful()).isFalse();
        assertThat(tests.get(0).getDisplayName()).isEqualTo("règles de l'édition 2023");
        assertThatThrownBy(((DynamicTest) tests.get(0)).getExecutable()::execute)
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("levels.drl");
    }
}
