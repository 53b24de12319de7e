package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class CheckRulesCommandTest {

    private static final String VILLE_FOUR_ACTIONS =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    /** The 1-based line of the first line holding the text. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static void replace(Path file, String text, String by) throws IOException {
        String content = Files.readString(file);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, by));
    }

    /** What every failed check shares: exit 1, nothing on stdout, no stack trace, the count last. */
    private static void assertRejected(Cli.Run check, Path dir, int errors) {
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).doesNotContain("\tat ", "Exception", "org.drools", "[ERR")
                .endsWith("label: " + dir + " : " + errors + (errors == 1 ? " erreur" : " erreurs")
                        + " ; les règles ne peuvent pas servir\n");
    }

    @Test
    void theShippedRulesOfAnEditionCheckCleanly(@TempDir Path dir) {
        TitledRules.export(2023, dir); // every rule titled, as the shipped rules are meant to be

        Cli.Run run = run("check-rules", dir.toString(), "--edition", "2023");
        Cli.Run english = run("check-rules", dir.toString(), "--lang", "en");

        int rules = LabelEngine.forEdition(2023).rules().size();
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(dir + " : édition 2023, 9 fichiers, " + rules
                + " règles : aucune erreur, aucun avertissement\n");
        assertThat(english.out()).isEqualTo(dir + ": edition 2023, 9 files, " + rules + " rules: no error, no warning\n");
    }

    @Test
    void aTypoGivesItsFileAndLineAndExit1AndAnEngineBuiltBeforeKeepsWorking(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        LabelEngine running = LabelEngine.builder().edition(2023).rules(dir).build();
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "    insert(new NextLevelTarget($level + 1));");
        replace(levels, "insert(new NextLevelTarget($level + 1));", "insert(new NextLevelTarget($level + 1);");

        Cli.Run check = run("check-rules", dir.toString(), "--lang", "en");
        Cli.Run evaluate = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules", dir.toString());

        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).isEqualTo(levels + ":" + line
                + ": in the consequence of rule \"Next level: the level above\": \")\" is missing\n"
                + "label: " + dir + ": 1 error; the rules cannot be used\n");
        assertThat(evaluate.status()).isEqualTo(1);
        assertThat(evaluate.err()).isEqualTo("label: les règles " + dir + " ne peuvent pas servir :\n" + levels + ":"
                + line + ": dans la conséquence de la règle « Next level: the level above » : il manque « ) »\n");
        Dossier dossier = LabelJson.readDossier(fixture("dossier-ville-2023.json"));
        assertThat(running.evaluate(dossier).arobases()).isEqualTo(4); // the application's engine is untouched
    }

    @Test
    void aThresholdNamingAMeasureNoRuleComputesGivesItsLineAndExit1(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        int line = lineOf(thresholds, VILLE_FOUR_ACTIONS);
        replace(thresholds, VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS.replace("\"eligibleActions\", ", "\"eligibleAction\",  "));

        Cli.Run check = run("check-rules", dir.toString());

        assertRejected(check, dir, 1);
        assertThat(check.err()).startsWith(thresholds + ":" + line + ":")
                .contains("un seuil nomme la mesure « eligibleAction », qu'aucune règle ne calcule");
    }

    @Test
    void aNegativeThresholdIsRejectedAtItsLine(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        int line = lineOf(thresholds, VILLE_FOUR_ACTIONS);
        replace(thresholds, VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS.replace("35));", "-5));"));

        Cli.Run check = run("check-rules", dir.toString());
        Cli.Run palmares = run("palmares", "2023", "--rules", dir.toString());

        assertRejected(check, dir, 1);
        assertThat(check.err()).startsWith(thresholds + ":" + line + ":")
                .contains("VILLE 4@ eligibleActions : minimum négatif (-5)");
        assertThat(palmares.status()).isEqualTo(1);
        assertThat(palmares.out()).isEmpty();
        assertThat(palmares.err()).contains(thresholds + ":" + line + ":");
    }

    @Test
    void aDuplicateThresholdIsRejectedAtItsLine(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        int line = lineOf(thresholds, VILLE_FOUR_ACTIONS);
        replace(thresholds, VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS + "\n    " + VILLE_FOUR_ACTIONS);

        Cli.Run check = run("check-rules", dir.toString());

        assertRejected(check, dir, 1);
        assertThat(check.err()).startsWith(thresholds + ":" + (line + 1) + ":")
                .contains("ligne en double (déjà en " + thresholds + ":" + line + ")");
    }

    @Test
    void aRuleSetWithoutLevelsThresholdsOrEligibilityIsRejectedNamingTheFile(@TempDir Path dir) throws IOException {
        for (String file : List.of("levels.drl", "thresholds.drl", "eligibility.drl")) {
            Path rules = dir.resolve(file.replace(".drl", ""));
            LabelRules.export(2023, rules);
            Files.delete(rules.resolve(file));

            Cli.Run check = run("check-rules", rules.toString(), "--lang", "en");
            Cli.Run evaluate = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules", rules.toString(),
                    "--lang", "en");

            assertThat(check.status()).as(file).isEqualTo(1);
            assertThat(check.err()).as(file).startsWith(rules + ": no rule decides ").contains(file + " usually does")
                    .doesNotContain("\tat ", "Exception");
            assertThat(evaluate.status()).as(file).isEqualTo(1);
            assertThat(evaluate.out()).as(file).isEmpty();
            assertThat(evaluate.err()).as(file).startsWith("label: rule set " + rules + " cannot be used:\nno rule decides ")
                    .contains(file + " usually does");
        }
    }

    @Test
    void theUsualSlipsAreReportedWhereTheyOpenWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path noEnd = dir.resolve("no-end");
        LabelRules.export(2023, noEnd);
        Path levels = noEnd.resolve("levels.drl");
        int rule = lineOf(levels, "rule \"Threshold checked against its measure\"");
        String content = Files.readString(levels);
        int end = content.indexOf("end\n", content.indexOf("insert(new ThresholdCheck"));
        Files.writeString(levels, content.substring(0, end) + content.substring(end + 4));

        Path stray = dir.resolve("stray");
        LabelRules.export(2023, stray);
        int evalLine = lineOf(stray.resolve("levels.drl"), "$measure : Measure( name == $name )") + 1;
        replace(stray.resolve("levels.drl"), "$measure : Measure( name == $name )\n",
                "$measure : Measure( name == $name )\n    eval( ) ) (\n");

        Cli.Run missingEnd = run("check-rules", noEnd.toString());
        Cli.Run strayEval = run("check-rules", stray.toString());

        assertRejected(missingEnd, noEnd, 1);
        assertThat(missingEnd.err()).startsWith(levels + ":" + rule + ": il manque le end de rule « Threshold checked "
                + "against its measure », ouvert à cette ligne");
        assertRejected(strayEval, stray, 2);
        assertThat(strayEval.err().lines().limit(2)).allMatch(l -> l.startsWith(stray.resolve("levels.drl") + ":" + evalLine + ":"));
    }

    @Test
    void atMostTwentyErrorsThenACount(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        StringBuilder broken = new StringBuilder(Files.readString(dir.resolve("levels.drl")));
        for (int i = 1; i <= 30; i++) {
            broken.append("\nrule \"broken ").append(i).append("\"\nwhen\n    Measur()\nthen\nend\n");
        }
        Files.writeString(dir.resolve("levels.drl"), broken);

        Cli.Run check = run("check-rules", dir.toString());

        assertRejected(check, dir, 30);
        assertThat(check.err().lines().toList()).hasSize(22).element(20).isEqualTo("… et 10 autres erreurs");
    }

    @Test
    void aRuleThatCanNeverFireIsWarnedWithoutFailing(@TempDir Path dir) throws IOException {
        TitledRules.export(2023, dir);
        String title = LabelEngine.builder().edition(2023).rules(dir).build().rules().stream()
                .filter(rule -> rule.name().equals("Next level: a condition not met yet")).findFirst().orElseThrow()
                .title(fr.label.Language.EN);
        Path levels = dir.resolve("levels.drl");
        replace(levels, "insert(new NextLevelTarget($level + 1));", "// removed");

        Cli.Run run = run("check-rules", dir.toString(), "--lang", "en");

        assertThat(run.status()).isZero();
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(levels.toString()) + ":\\d+: warning: rule \""
                + java.util.regex.Pattern.quote(title) + "\" can never fire: nothing inserts NextLevelTarget");
        assertThat(run.out()).endsWith("no error, 1 warning\n");
    }

    @Test
    void rulesOfAnotherEditionAreAnError(@TempDir Path dir) {
        LabelRules.export(2022, dir);

        Cli.Run run = run("check-rules", dir.toString(), "--edition", "2023", "--lang", "en");
        Cli.Run french = run("check-rules", dir.toString(), "--edition", "2023");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(dir + ": these rules are for edition 2022, not 2023\n");
        assertThat(french.err()).startsWith(dir + ": ces règles sont celles de l'édition 2022, pas de 2023\n")
                .endsWith("label: " + dir + " : 1 erreur ; les règles ne peuvent pas servir\n");
    }

    @Test
    void aRuleWithoutTitlesIsWarnedAtItsLineInFrenchByDefault(@TempDir Path dir) throws IOException {
        TitledRules.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        List<String> lines = Files.readAllLines(levels);
        int rule = 0;
        while (!lines.get(rule).startsWith("rule ")) {
            rule++;
        }
        String name = lines.get(rule).substring(lines.get(rule).indexOf('"') + 1, lines.get(rule).lastIndexOf('"'));
        Files.writeString(levels, Files.readString(levels).replaceFirst("\\n\\s*@titleFr\\(\"[^\"]*\"\\)", ""));

        Cli.Run run = run("check-rules", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualTo(levels + ":" + (rule + 1) + ": attention : règle « " + name
                + " » n'a pas de titre français (@titleFr) : son nom est montré à la place\n");
        assertThat(run.out()).isEqualTo(dir + " : édition 2023, 9 fichiers, "
                + LabelEngine.forEdition(2023).rules().size() + " règles : aucune erreur, 1 avertissement\n");
    }

    @Test
    void rulesLaidOutByEditionAreCheckedForTheEditionGiven(@TempDir Path dir) throws IOException {
        LabelRules.export(2024, dir.resolve("common"));
        Files.createDirectories(dir.resolve("edition-2024"));
        Files.createDirectories(dir.resolve("edition-2025"));
        String edition = Files.readString(dir.resolve("common/edition.drl"));
        Files.delete(dir.resolve("common/edition.drl"));
        Files.writeString(dir.resolve("edition-2024/edition.drl"), edition);
        Files.writeString(dir.resolve("edition-2025/edition.drl"), edition.replace("2024", "2025").replace("2023", "2024"));
        TitledRules.edit(dir.resolve("common"), TitledRules::titled);
        TitledRules.edit(dir.resolve("edition-2025"), TitledRules::titled);

        Cli.Run check = run("check-rules", dir.toString(), "--edition", "2025", "--lang", "en");
        Cli.Run which = run("check-rules", dir.toString(), "--lang", "en");

        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).startsWith(dir + ": edition 2025, 9 files, ").endsWith(" rules: no error, no warning\n");
        assertThat(which.status()).isEqualTo(1);
        assertThat(which.err()).contains("this folder holds the rules of editions [2024, 2025] (its edition-YYYY "
                + "folders): give the edition (--edition YEAR)");
    }
}
