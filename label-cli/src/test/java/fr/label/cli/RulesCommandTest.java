package fr.label.cli;

import fr.label.LabelRules;
import fr.label.RuleInfo;
import fr.label.RuleSetDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static fr.label.cli.Cli.fixtureArg;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    @Test
    void listsEveryRuleOfTheEditionUnderItsFile() {
        Cli.Run run = run("rules", "--edition", "2023");
        RuleSetDescription shipped = LabelRules.shipped(2023);

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .startsWith("Règles de l'édition 2023 (24e palmarès) : livrées avec l'outil\n")
                .contains("date du jury : 1er décembre 2022")
                .contains("mentions : démocratie locale (4), médiation numérique (3), numérique éducatif (3), "
                        + "arobase verte (7)")
                .contains("9 fichiers, " + shipped.rules().size() + " règles")
                .contains("common/levels.drl  (5 règles)")
                .contains("edition-2023/edition.drl  (2 règles)")
                .contains("jeu de règles : " + shipped.fingerprint().describe(fr.label.Language.FR))
                .doesNotContain("salience");
        for (RuleInfo rule : shipped.rules()) {
            assertThat(run.out()).contains("\n  " + rule.title(fr.label.Language.FR) + "\n");
        }
    }

    @Test
    void exportedRulesGiveTheSameResultsAsTheShippedOnes(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("my-rules");
        Cli.Run export = run("rules", "--edition", "2023", "--export", rules.toString());

        assertThat(export.status()).isZero();
        try (Stream<Path> files = Files.list(rules)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "awards.drl", "edition.drl", "eligibility.drl", "excellence.drl", "explanations.drl", "levels.drl",
                    "mentions.drl", "mosaique.drl", "thresholds.drl");
        }
        // An edition: every dossier's result, explanations included, and the mentions within their caps.
        Cli.Run shipped = run("evaluate", fixtureArg("edition-2023-small.json"), "--format", "json");
        Cli.Run exported = run("evaluate", fixtureArg("edition-2023-small.json"), "--format", "json",
                "--rules", rules.toString());
        assertThat(exported).isEqualTo(shipped);
    }

    @Test
    void aRuleWithASyntaxErrorIsReportedWithItsFileAndLineAndExit1(@TempDir Path dir) throws IOException {
        Path exported = dir.resolve("exported");
        run("rules", "--edition", "2023", "--export", exported.toString());
        dir = Files.createDirectory(dir.resolve("broken")); // the broken file alone: a parse error needs no more
        Path levels = dir.resolve("levels.drl");
        Files.writeString(levels, Files.readString(exported.resolve("levels.drl"))
                .replaceFirst("(?m)^when$", "when oops("));

        Cli.Run run = run("evaluate", fixtureArg("dossier-ville-2023.json"), "--rules", dir.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith("label: les règles " + dir + " ne peuvent pas servir :\n")
                .containsPattern("(?m)^" + java.util.regex.Pattern.quote(levels.toString()) + ":\\d+(:\\d+)?: ")
                .doesNotContain("\tat ", "Exception");
        Cli.Run check = run("rules", "--rules", dir.toString());
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.err()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(levels.toString()) + ":\\d+(:\\d+)?: ");
    }

    @Test
    void exportIntoAFileSaysSoWithoutJavaNames(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        Cli.Run run = run("rules", "--edition", "2023", "--export", file.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("label: cannot export the rules into " + file + ": it is a file, not a folder\n");
    }

    @Test
    void exportWarnsAboutOtherRuleFilesThatWouldBeCompiledToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("old.drl"), "package fr.label.rules;\n");

        Cli.Run run = run("rules", "--edition", "2022", "--export", dir.toString(), "--lang", "en");
        Cli.Run french = run("rules", "--edition", "2022", "--export", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("old.drl is not part of edition 2022's rules");
        assertThat(french.err()).contains("old.drl ne fait pas partie des règles de l'édition 2022");
    }
}
