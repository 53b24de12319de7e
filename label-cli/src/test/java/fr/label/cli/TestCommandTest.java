package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class TestCommandTest {

    /** What the report shows of a shipped 2023 rule: its title, or its name when it has none. */
    private static String title(String rule, Language language) {
        return LabelEngine.forEdition(2023).rules().stream().filter(r -> r.name().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule named " + rule)).title(language);
    }

    private static final String SCENARIO = """
            edition: 2023
            scenarios:
              - name: a VILLAGE at the 2@ threshold
                dossier:
                  collectivite: {code: "99001", name: Village-Exemple, type: VILLAGE}
                  changes:
                    - profile: {eligibleActions: 5, coveredEnjeux: 3}
                expect:
                  arobases: 2
              - name: a VILLAGE with one action fewer stays at 1@
                dossier:
                  collectivite: {code: "99001", name: Village-Exemple, type: VILLAGE}
                  changes:
                    - profile: {eligibleActions: 4, coveredEnjeux: 3}
                expect:
                  arobases: 1
            """;

    @Test
    void eachScenarioGetsALineThenTheCountsAndTheRuleCoverage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO);

        Cli.Run run = run("test", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("""
                ok    village.yaml:3  a VILLAGE at the 2@ threshold
                ok    village.yaml:10  a VILLAGE with one action fewer stays at 1@

                2 scénarios : 2 réussis, 0 en échec
                Couverture des règles, édition 2023 (règles : livrées avec l'outil) :\s""")
                .contains("  jamais déclenchées :\n    common/awards.drl : "
                        + title("Mention candidates ranked in the jury's order", Language.FR) + "\n"
                        + "    common/awards.drl : " + title("Mention awarded: ranked within the cap", Language.FR) + "\n")
                .contains("\n    common/eligibility.drl : " + title("Action is a duplicate of an earlier action", Language.FR)
                        + "\n");
    }

    @Test
    void aFailingScenarioShowsExpectedActualAndTheExplanationsAndExits1(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO.replace("arobases: 2", "arobases: 3"));

        Cli.Run run = run("test", dir.toString(), "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("""
                FAIL  village.yaml:3  a VILLAGE at the 2@ threshold
                      arobases: expected 3@, actual 2@
                """ + "        " + title("Arobases: the level below the lowest unmet threshold", Language.EN)
                + ": 2@: conditions met up to 2@; 3@ still needs: ").contains("2 scenarios: 1 passed, 1 failed");
    }

    @Test
    void aRuleChangeIsTestedWithTheRulesOfACopy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO);
        Path rules = dir.resolve("rules");
        LabelRules.export(2023, rules);
        Path thresholds = rules.resolve("thresholds.drl");
        String five = "insert(new Threshold(CollectiviteType.VILLAGE,           2,     \"eligibleActions\",            5));";
        assertThat(Files.readString(thresholds)).contains(five);
        Files.writeString(thresholds, Files.readString(thresholds).replace(five, five.replace(" 5));", " 4));")));

        Cli.Run run = run("test", dir.resolve("village.yaml").toString(), "--rules", rules.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("ÉCHEC " + dir.resolve("village.yaml") + ":10  a VILLAGE with one action fewer")
                .contains("      arobases : attendu 1@, obtenu 2@\n")
                .contains("Couverture des règles, édition 2023 (règles : " + rules + ")");
    }

    @Test
    void belowTheMinimumCoverageTheRunFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO);

        Cli.Run run = run("test", dir.toString(), "--min-coverage", "100", "--coverage", "--lang", "en");
        Cli.Run french = run("test", dir.toString(), "--min-coverage", "100", "--coverage");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("  firings  rule\n").containsPattern("\n +2  common/levels.drl: "
                + java.util.regex.Pattern.quote(title("Arobases: the level below the lowest unmet threshold", Language.EN)));
        assertThat(run.err()).startsWith("label: the rule coverage of edition 2023 is ").contains("below the minimum of 100.0%");
        assertThat(french.out()).contains("  déclenchements  règle\n").containsPattern("\n +2  common/levels.drl : "
                + java.util.regex.Pattern.quote(title("Arobases: the level below the lowest unmet threshold", Language.FR)));
        assertThat(french.err()).startsWith("label : la couverture des règles de l'édition 2023 est de ")
                .contains("sous le minimum de 100,0 %");
    }

    @Test
    void aMalformedScenarioFileIsReportedWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "edition: 2023\nscenarios:\n  - name: x\n    dossier: {}\n    expect: {arobases: 9}\n");

        Cli.Run run = run("test", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("ÉCHEC bad.yaml:3  x\n      " + dir.resolve("bad.yaml") + ": scenarios[0].dossier.collectivite: ")
                .doesNotContain("\tat ", "Exception");
    }

    @Test
    void theProjectsOwnScenariosCoverEveryRuleOfEveryShippedEdition() {
        Cli.Run run = run("test", "../label-examples/src/test/scenarios", "--min-coverage", "100");

        assertThat(run.status()).isZero();
        for (int edition = 2020; edition <= 2024; edition++) {
            assertThat(run.out()).containsPattern("Couverture des règles, édition " + edition
                    + " \\(règles : livrées avec l'outil\\) : (\\d+) règles sur \\1 déclenchées \\(100 %\\)");
        }
    }

    @Test
    void mutantsRunOnlyOnScenariosThatPass(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO.replace("arobases: 2", "arobases: 3"));

        Cli.Run run = run("test", dir.toString(), "--mutants", "--lang", "en");
        Cli.Run french = run("test", dir.toString(), "--min-mutation-score", "90");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  village.yaml:3").endsWith("Mutants not run: the scenarios must pass first.\n")
                .doesNotContain("Mutants, edition");
        assertThat(french.status()).isEqualTo(1);
        assertThat(french.out()).endsWith("Mutants non exécutés : les scénarios doivent d'abord réussir.\n");
    }

    @Test
    void theMinimumMutationScoreIsAPercentage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO);

        Cli.Run run = run("test", dir.toString(), "--min-mutation-score", "101");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--min-mutation-score : attendu un pourcentage de 0 à 100, trouvé 101.0");
    }

    @Test
    void jsonGivesEveryScenarioAndTheCoverage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("village.yaml"), SCENARIO.replace("arobases: 1", "arobases: 3"));

        Cli.Run run = run("test", dir.toString(), "--format", "json", "--lang", "en");

        assertThat(run.status()).isEqualTo(1);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(json.get("successful").asBoolean()).isFalse();
        assertThat(json.at("/scenarios/run").asInt()).isEqualTo(2);
        assertThat(json.at("/scenarios/outcomes/0/passed").asBoolean()).isTrue();
        assertThat(json.at("/scenarios/outcomes/1/file").asText()).isEqualTo("village.yaml");
        assertThat(json.at("/scenarios/outcomes/1/line").asInt()).isEqualTo(10);
        assertThat(json.at("/scenarios/outcomes/1/failure/0").asText()).isEqualTo("arobases: expected 3@, actual 1@");
        assertThat(json.at("/coverage/0/edition").asInt()).isEqualTo(2023);
        assertThat(json.has("mutants")).isFalse();
    }
}
