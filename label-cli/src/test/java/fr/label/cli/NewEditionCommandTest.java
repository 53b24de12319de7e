package fr.label.cli;

import fr.label.LabelRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new edition on the command line with no Java: rules laid out like the shipped ones, where the
 * 2025 folder is 2024's with its years moved on, are evaluated, tested and listed as the 2025 edition.
 */
class NewEditionCommandTest {

    @TempDir
    static Path dir;
    private static Path root;

    @BeforeAll
    static void rulesWithAn2025Edition() throws IOException {
        root = dir.resolve("regles");
        LabelRules.export(2024, root.resolve("common"));
        String edition = Files.readString(root.resolve("common/edition.drl"));
        Files.delete(root.resolve("common/edition.drl"));
        Files.createDirectories(root.resolve("edition-2024"));
        Files.createDirectories(root.resolve("edition-2025"));
        Files.writeString(root.resolve("edition-2024/edition.drl"), edition);
        Files.writeString(root.resolve("edition-2025/edition.drl"), edition.replace("2024", "2025").replace("2023", "2024"));
    }

    @Test
    void aDossierOf2025IsEvaluatedWithTheRulesOfItsFolder() throws IOException {
        Path dossier = Files.writeString(dir.resolve("dossier-2025.json"), """
                {"edition": 2025,
                 "collectivite": {"code": "99001", "name": "Village-Exemple", "type": "VILLAGE"},
                 "actions": [{"id": "a-001", "title": "Portail famille", "services": ["portail-famille"],
                              "start": "2024-09-01"}]}
                """);

        Cli.Run run = run("evaluate", dossier.toString(), "--rules", root.toString(), "--format", "json");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("{\n  \"edition\" : 2025,").contains("\"arobases\" : 1,")
                .contains("\"rules\" : {\n    \"edition\" : 2025,");
    }

    @Test
    void theScenariosOfEachEditionRunWithItsFolder() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        for (String year : new String[] {"2024", "2025"}) {
            Files.createDirectories(scenarios.resolve(year));
            Files.writeString(scenarios.resolve(year + "/village.yaml"), """
                    scenarios:
                      - name: v5
                        dossier:
                          collectivite: {code: "99001", name: Village-Exemple, type: VILLAGE}
                          changes:
                            - profile: {eligibleActions: 5, coveredEnjeux: 3}
                        expect:
                          arobases: 2
                    """);
        }

        Cli.Run run = run("test", scenarios.toString(), "--rules", root.toString());

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("ok    2024/village.yaml:2  v5\n").contains("ok    2025/village.yaml:2  v5\n")
                .contains("2 scénarios : 2 réussis, 0 en échec")
                .contains("Couverture des règles, édition 2024 (règles : " + root + ")")
                .contains("Couverture des règles, édition 2025 (règles : " + root + ")");
    }

    @Test
    void itsRulesAreListedAsThe2025Edition() {
        Cli.Run run = run("rules", "--rules", root.toString(), "--edition", "2025");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Règles de l'édition 2025 (26e palmarès) : " + root + "\n")
                .contains("date du jury : 1er décembre 2024");
    }
}
