package fr.label.testing;

import fr.label.Language;
import fr.label.RuleFile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class MutationTest {

    /** A suite that checks the VILLE 4@ level at its threshold, and nothing of the next level. */
    private static final String VILLE_FOUR = """
            scenarios:
              - name: a VILLE at the 4@ threshold gets 4@
                dossier:
                  collectivite: {code: "99001", name: Ville-Exemple, type: VILLE}
                  changes:
                    - profile: {eligibleActions: 35, coveredEnjeux: 10, democratieLocaleCovered: true}
                expect:
                  arobases: 4
            """;

    @TempDir
    Path dir;

    private LabelScenarios suite() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios/2023"));
        Files.writeString(folder.resolve("ville.yaml"), VILLE_FOUR);
        return LabelScenarios.in(dir.resolve("scenarios"));
    }

    /** The mutants of the VILLE 4@ eligible actions threshold (35, the only 35 of the table) only: two, one survives. */
    private static boolean villeFourActions(RuleMutant mutant) {
        return mutant.kind() == RuleMutant.Kind.FIGURE && mutant.original().equals("35");
    }

    /** The line of the VILLE 4@ eligible actions threshold in the shipped thresholds.drl. */
    private static int villeFourLine() {
        String text = fr.label.LabelRules.files(2023).stream().filter(f -> f.fileName().equals("thresholds.drl"))
                .findFirst().orElseThrow().content();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("VILLE,") && lines.get(i).contains("\"eligibleActions\",           35")) {
                return i + 1;
            }
        }
        throw new AssertionError("no VILLE 4@ threshold of 35 actions in thresholds.drl");
    }

    @Test
    void aSuiteAtTheThresholdKillsTheThresholdOneStepUpButNotOneStepDown() throws IOException {
        List<MutationReport> reports = suite().language(Language.EN).mutants(MutationTest::villeFourActions);

        assertThat(reports).hasSize(1);
        MutationReport report = reports.get(0);
        assertThat(report.edition()).isEqualTo(2023);
        assertThat(report.outcomes()).extracting(o -> o.mutant().change(Language.EN), MutantOutcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("35 → 36", MutantOutcome.Status.KILLED),
                        org.assertj.core.groups.Tuple.tuple("35 → 34", MutantOutcome.Status.SURVIVED));
        assertThat(report.score()).isEqualTo(50.0);
        assertThat(report.outcomes().get(0).scenario()).isEqualTo("2023/ville.yaml:2  a VILLE at the 4@ threshold gets 4@");
        assertThat(MutationText.lines(report, Language.EN)).containsExactly(
                "Mutants, edition 2023 (rules: shipped): 2 mutants, 1 killed, 1 survived: score 50%",
                "  survives  common/thresholds.drl:" + villeFourLine() + "  Thresholds: arobases  35 → 34",
                "            no result changes: no dossier of the scenarios lies between 35 and 34");
        assertThat(MutationText.lines(report, Language.FR).get(0))
                .isEqualTo("Mutants, édition 2023 (règles : livrées avec l'outil) : 2 mutants, 1 tué, 1 survivant : score 50 %");
    }

    @Test
    void theGeneratorChangesFiguresComparisonsAndSwitchesRulesOff() {
        String drl = """
                package fr.label.rules;

                rule "Thresholds: a figure"
                when
                then
                    insert(Settings.builder()
                            .minimum(3)             // a figure, with a comment >= 2
                            .year(2023)
                            .build());
                    insert(new Threshold(CollectiviteType.VILLE, 4, "eligibleActions", 35));
                end

                rule "A comparison"
                when
                    Arobases( level >= 3, $l : level )  // "level > 2" in a comment is no comparison
                    Measure( value < 10, name == "a<b" )
                    Settings( $m : minimum )
                then
                    System.out.println($l > 1);
                end

                rule "Thresholds: read by no condition"
                when
                then
                    insert(Unread.builder().figure(7).build());
                end
                """;
        List<String> unread = new ArrayList<>();
        List<RuleMutant> mutants = MutantGenerator.mutants(List.of(new RuleFile("rules.drl", drl)), unread);

        assertThat(mutants).extracting(RuleMutant::kind, RuleMutant::line, RuleMutant::original, RuleMutant::mutated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.FIGURE, 7, "3", "4"),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.FIGURE, 7, "3", "2"),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.FIGURE, 10, "35", "36"),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.FIGURE, 10, "35", "34"),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.RULE_OFF, 3, "Thresholds: a figure", ""),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.COMPARISON, 15, ">=", ">"),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.COMPARISON, 16, "<", "<="),
                        org.assertj.core.groups.Tuple.tuple(RuleMutant.Kind.RULE_OFF, 13, "A comparison", ""));
        assertThat(mutants.get(5).ruleText()).contains("Arobases( level > 3, $l : level )").endsWith("end")
                .startsWith("rule \"A comparison\"");
        assertThat(mutants.get(7).ruleText()).isEqualTo("rule \"A comparison\"\nwhen\n    eval(false)\nthen\nend");
        assertThat(unread).containsExactly("Thresholds: read by no condition");
    }

    @Test
    void aMutantTheEngineRefusesCountsAsKilledAndIsShownAsSuch() throws IOException {
        MutationReport report = suite().language(Language.EN)
                .mutants(mutant -> mutant.kind() == RuleMutant.Kind.RULE_OFF && mutant.rule().equals("Edition 2023"))
                .get(0);

        assertThat(report.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.status()).isEqualTo(MutantOutcome.Status.UNUSABLE);
            assertThat(outcome.killed()).isTrue();
        });
        assertThat(MutationText.lines(report, Language.EN)).startsWith(
                "Mutants, edition 2023 (rules: shipped): 1 mutant, 1 killed (1 refused by the engine), 0 survived: score 100%",
                "  refused   edition-2023/edition.drl:8  Edition 2023  rule switched off");
    }

    @Test
    void mutantsNeedScenariosThatPass() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scenarios/2023"));
        Files.writeString(folder.resolve("ville.yaml"), VILLE_FOUR.replace("arobases: 4", "arobases: 5"));

        assertThatThrownBy(() -> LabelScenarios.in(dir.resolve("scenarios")).language(Language.EN).mutants())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the scenarios of edition 2023 must pass before their mutants mean anything")
                .hasMessageContaining("2023/ville.yaml:2  a VILLE at the 4@ threshold gets 4@");
    }

    @Test
    void minMutationScoreAddsAScoreTestAndOneTestPerSurvivorThatFailBelowTheMinimum() throws IOException {
        List<DynamicNode> nodes = suite().language(Language.EN).minMutationScore(90).tests().toList();

        DynamicNode last = nodes.get(nodes.size() - 1);
        assertThat(last.getDisplayName()).isEqualTo("mutants of edition 2023");
        assertThat(last).isInstanceOf(DynamicContainer.class);
        // Only the lazily built container's name is checked here: running it builds every mutant of 2023.
        assertThatThrownBy(() -> suite().minMutationScore(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivorTestsAreSkippedAtOrAboveTheMinimumAndFailBelowIt() throws Throwable {
        List<MutationReport> reports = suite().language(Language.EN).mutants(MutationTest::villeFourActions);
        MutantOutcome survivor = reports.get(0).survivors().get(0);
        List<String> text = MutationText.survivor(survivor, Language.EN);

        assertThat(text).containsExactly("common/thresholds.drl:" + villeFourLine() + "  Thresholds: arobases  35 → 34",
                "no result changes: no dossier of the scenarios lies between 35 and 34");
        List<Throwable> thrown = new ArrayList<>();
        for (boolean below : new boolean[]{true, false}) {
            DynamicTest test = LabelScenarios.survivorTest(survivor, below, Language.EN);
            try {
                test.getExecutable().execute();
            } catch (Throwable e) {
                thrown.add(e);
            }
        }
        assertThat(thrown.get(0)).isInstanceOf(AssertionFailedError.class);
        assertThat(thrown.get(1)).isInstanceOf(TestAbortedException.class).hasMessageContaining("35 → 34");
    }
}
