package fr.label.testing;

import fr.label.dossier.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A malformed scenario file gets an error naming the file, the path in it, its line and what was expected. */
class ScenarioReaderTest {

    @TempDir
    Path dir;

    private ScenarioFile read(String yaml) throws IOException {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, yaml);
        return ScenarioReader.read(file, null);
    }

    private String file() {
        return dir.resolve("scenarios.yaml").toString();
    }

    @Test
    void aScenarioReadsItsDossierChangesAndExpectations() throws IOException {
        ScenarioFile file = read("""
                edition: 2023
                scenarios:
                  - name: a VILLE at the 4@ threshold
                    dossier:
                      collectivite: {code: "99001", name: Ville-Exemple, type: VILLE}
                      changes:
                        - profile: {eligibleActions: 35, coveredEnjeux: 10, democratieLocaleCovered: true}
                        - add: {actions: 3, in: EDUCATION, innovative: 1}
                    expect:
                      arobases: 4
                      mentions: [NUMERIQUE_EDUCATIF]
                      excellence: {status: NONE, validUntil: null}
                      actions: {a-001: eligible}
                      nextLevel: {arobases: 5, unmet: {eligibleActions: [38, 60]}}
                """);

        assertThat(file.problems()).isEmpty();
        assertThat(file.unreadable()).isEmpty();
        Scenario scenario = file.scenarios().get(0);
        assertThat(scenario.edition()).isEqualTo(2023);
        assertThat(scenario.line()).isEqualTo(3);
        assertThat(scenario.dossiers().get(0).actions()).hasSize(38);
        assertThat(scenario.dossiers().get(0).actions().stream().filter(a -> a.innovative())).hasSize(1);
        assertThat(scenario.expect().arobases()).isEqualTo(4);
        assertThat(scenario.expect().nextLevel().unmet()).containsEntry("eligibleActions", java.util.List.of(38, 60));
    }

    @Test
    void aMisspeltExpectationIsAnErrorWithItsPathLineAndTheKeyMeant() throws IOException {
        ScenarioFile file = read("""
                edition: 2023
                scenarios:
                  - name: misspelt
                    dossier:
                      collectivite: {code: "99001", name: Ville-Exemple, type: VILLE}
                    expect:
                      arobase: 4
                """);

        assertThat(file.scenarios()).isEmpty();
        assertThat(file.unreadable()).singleElement().satisfies(scenario -> {
            assertThat(scenario.name()).isEqualTo("misspelt");
            assertThat(scenario.problems()).containsExactly(new InputProblem(file(), "scenarios[0].expect.arobase",
                    "unknown expectation \"arobase\" (did you mean arobases?); expected one of arobases, "
                            + "mentionsEligible, mentions, excellence, measures, actions, nextLevel, rulesFired, "
                            + "rulesNotFired (line 7)"));
        });
    }

    @Test
    void anInvalidDossierIsReportedWithTheScenarioPathAndAQuotingHintForYamlNumbers() throws IOException {
        ScenarioFile file = read("""
                scenarios:
                  - name: unquoted code
                    edition: 2023
                    dossier:
                      collectivite: {code: 99001, name: Ville-Exemple, type: TOWN}
                    expect: {arobases: 1}
                """);

        assertThat(file.unreadable()).singleElement().extracting(ScenarioFile.Unreadable::problems)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(InputProblem.class))
                .extracting(InputProblem::toString).containsExactlyInAnyOrder(
                        file() + ": scenarios[0].dossier.collectivite.code: expected a string, found 99001 "
                                + "(in YAML, quote it: \"99001\") (line 5)",
                        file() + ": scenarios[0].dossier.collectivite.type: expected one of VILLAGE, VILLE, "
                                + "INTERCOMMUNALITE, found \"TOWN\" (line 5)");
    }

    @Test
    void aScenarioWithNoEditionAnywhereSaysWhereToGiveIt() throws IOException {
        ScenarioFile file = read("""
                scenarios:
                  - name: no edition
                    dossier: {collectivite: {code: "1", name: A, type: VILLE}}
                    expect: {arobases: 1}
                """);

        assertThat(file.unreadable().get(0).problems()).extracting(InputProblem::path)
                .containsExactly("scenarios[0].edition");
        assertThat(file.unreadable().get(0).problems().get(0).message())
                .startsWith("expected the edition the scenario runs in: \"edition: 2023\"");
    }

    @Test
    void aChangeThatCannotBeMadeIsAnErrorAtThatChange() throws IOException {
        ScenarioFile file = read("""
                edition: 2023
                scenarios:
                  - name: impossible profile
                    dossier:
                      collectivite: {code: "1", name: A, type: VILLE}
                      changes:
                        - profile: {eligibleActions: 3, coveredEnjeux: 5}
                        - add: {actions: 2, in: EDUCATON}
                    expect: {arobases: 1}
                """);

        assertThat(file.unreadable().get(0).problems()).extracting(InputProblem::path)
                .containsExactly("scenarios[0].dossier.changes[0]");
        assertThat(file.unreadable().get(0).problems().get(0).message())
                .isEqualTo("at least 5 actions are needed for 5 covered enjeux of which 0 strong, found 3 (line 7)");
    }

    @Test
    void malformedYamlNamesItsLine() throws IOException {
        ScenarioFile file = read("""
                scenarios:
                  - name: [unclosed
                """);

        assertThat(file.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file());
            assertThat(problem.path()).startsWith("line ");
            assertThat(problem.message()).startsWith("expected well-formed YAML");
        });
    }

    @Test
    void aYamlMistakeKeepsItsCauseAndTheLineOfWhatWasLeftOpen() throws IOException {
        ScenarioFile misaligned = read("""
                scenarios:
                  - name: a VILLAGE
                    expect:
                      arobases: 3
                     mentions: []
                """);
        ScenarioFile unclosed = read("""
                scenarios:
                  - name: "a VILLAGE
                    expect: {}
                """);
        ScenarioFile tab = read("scenarios:\n\t- name: a VILLAGE\n");

        assertThat(misaligned.problems()).singleElement().hasToString(file() + ": line 5, column 6: expected well-formed "
                + "YAML: this line does not line up with the block that starts at line 2, column 5: the keys of one "
                + "mapping start in the same column, its values further right");
        assertThat(unclosed.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .isEqualTo("expected well-formed YAML: the quote opened at line 2, column 11 is never closed"));
        assertThat(tab.problems()).singleElement().hasToString(file() + ": line 2, column 1: expected well-formed YAML: "
                + "a tab character: YAML indents with spaces only");
        for (ScenarioFile file : java.util.List.of(misaligned, unclosed, tab)) {
            assertThat(file.problems().get(0).message()).doesNotContain("reader", "snakeyaml", "Jackson", "<", "Exception");
        }
    }

    @Test
    void aDossierFileIsReadRelativeToTheScenarioFileAndMustBeOfTheScenariosEdition() throws IOException {
        Files.createDirectories(dir.resolve("dossiers"));
        Files.writeString(dir.resolve("dossiers/ville.json"), """
                {"edition": 2022, "collectivite": {"code": "1", "name": "A", "type": "VILLE"}, "actions": []}
                """);

        ScenarioFile file = read("""
                edition: 2023
                scenarios:
                  - name: file of another edition
                    dossier: {file: dossiers/ville.json}
                    expect: {arobases: 1}
                """);

        assertThat(file.unreadable().get(0).problems().get(0).message())
                .contains("expected a dossier of edition 2023, the scenario's, found")
                .contains("ville.json of edition 2022");
    }

    @Test
    void anEditionScenarioExpectsOnlyCodesOfItsDossiers() throws IOException {
        ScenarioFile file = read("""
                edition: 2023
                scenarios:
                  - name: two dossiers
                    dossiers:
                      - collectivite: {code: "1", name: A, type: VILLE}
                      - collectivite: {code: "2", name: B, type: VILLE}
                    expect:
                      "1": {arobases: 1}
                      "3": {arobases: 1}
                """);

        assertThat(file.unreadable().get(0).problems()).extracting(InputProblem::path)
                .containsExactly("scenarios[0].expect.3");
    }

    @Test
    void aFileNamingSeveralEditionsGivesOneScenarioPerEdition() throws IOException {
        ScenarioFile file = read("""
                edition: [2022, 2023]
                scenarios:
                  - name: in both
                    dossier: {collectivite: {code: "1", name: A, type: VILLE}}
                    expect: {arobases: 1}
                """);

        assertThat(file.scenarios()).extracting(Scenario::displayName).containsExactly("in both [2022]", "in both [2023]");
    }

    @Test
    void aFolderNamedAfterAYearGivesItsScenariosTheirEdition() {
        Path root = Path.of("scenarios");
        assertThat(ScenarioReader.folderEdition(root, root.resolve("2021/caps.yaml"))).isEqualTo(2021);
        assertThat(ScenarioReader.folderEdition(root, root.resolve("edition-2022/x/caps.yaml"))).isEqualTo(2022);
        assertThat(ScenarioReader.folderEdition(root, root.resolve("caps.yaml"))).isNull();
    }
}
