package fr.label.rules.check;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.RuleWarning;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetCheckTest {

    private static final String VILLE_FOUR_ACTIONS =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    /** The line (1-based) of the first line of the file containing the text. */
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

    @Test
    void everyShippedRuleSetCompilesWithNoWarning(@TempDir Path dir) {
        for (int edition : LabelEngine.editions()) {
            Path rules = dir.resolve("edition-" + edition);
            ShippedRuleSets.export(edition, rules);

            RuleSetCheck.Report report = RuleSetCheck.directory(rules);

            assertThat(report.errors()).as("edition %d", edition).isEmpty();
            assertThat(report.warnings()).as("edition %d", edition).isEmpty();
            assertThat(report.ruleSet().edition()).isEqualTo(edition);
        }
    }

    @Test
    void aTypoInAConsequenceIsReportedAtTheLineOfTheTypo(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "insert(new Arobases($top.intValue()));");
        replace(levels, "insert(new Arobases($top.intValue()));", "insert(new Arobases($top.intValue())");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).first().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(levels.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message(Language.EN)).isEqualTo(
                    "in the consequence of rule \"Arobases: every threshold met\": \")\" is missing");
            assertThat(problem.message()).isEqualTo(
                    "dans la conséquence de la règle « Arobases: every threshold met » : il manque « ) »");
        });
    }

    @Test
    void aParenthesisNeverClosedInAConditionIsReportedWhereItOpens(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "$measure : Measure( name == $name )");
        int column = Files.readAllLines(levels).get(line - 1).indexOf("Measure(") + "Measure".length() + 1;
        replace(levels, "$measure : Measure( name == $name )", "$measure : Measure( name == $name");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.toString(Language.EN)).isEqualTo(levels + ":" + line + ":" + column
                    + ": this \"(\" is never closed: a \")\" is missing");
            assertThat(problem.message()).isEqualTo("cette « ( » n'est jamais fermée : il manque une « ) »");
        });
    }

    @Test
    void aRuleWithoutEndIsReportedAtTheLineOfTheRuleNotWhereTheParserGaveUp(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "rule \"Threshold checked against its measure\"");
        String content = Files.readString(levels);
        int end = content.indexOf("end\n", content.indexOf("insert(new ThresholdCheck"));
        Files.writeString(levels, content.substring(0, end) + content.substring(end + 4));

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(levels.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message(Language.EN)).isEqualTo("rule \"Threshold checked against its measure\", "
                    + "opened on this line, has no end: every rule ends with end");
        });
    }

    @Test
    void aStringNeverClosedIsReportedWhereItOpensNotAtTheEndOfTheFile(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path mentions = dir.resolve("mentions.drl");
        String text = "\"Non éligible à la mention {0} : {1}@, il faut au moins {2}@.\",";
        int line = lineOf(mentions, text);
        int column = Files.readAllLines(mentions).get(line - 1).indexOf('"') + 1;
        replace(mentions, text, text.substring(0, text.length() - 2) + ",");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(mentions.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message(Language.EN))
                    .isEqualTo("this string is never closed: a quote is missing before the end of the line");
        });
    }

    @Test
    void aStrayEvalIsReportedInWordsWithoutTheParsersException(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "$measure : Measure( name == $name )") + 1;
        replace(levels, "$measure : Measure( name == $name )\n", "$measure : Measure( name == $name )\n    eval( ) ) (\n");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(levels.toString());
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message() + problem.messageEn())
                    .doesNotContain("Exception", "java.", "org.drools", "\tat ", "[ERR");
        });
        assertThat(report.errors()).extracting(p -> p.message(Language.EN))
                .contains("this \")\" closes no \"(\": one \")\" too many");
    }

    @Test
    void anUnknownFactTypeIsReportedOnceAtItsColumnWithoutItsEchoesInTheConsequence(@TempDir Path dir)
            throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "$measure : Measure( name == $name )");
        replace(levels, "$measure : Measure( name == $name )", "$measure : Measur( name == $name )");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(Files.readAllLines(levels).get(line - 1).indexOf("Measur") + 1);
            assertThat(problem.message(Language.EN))
                    .isEqualTo("unknown fact type \"Measur\": its name is misspelt, or its import is missing");
        });
    }

    @Test
    void moreThanTwentyErrorsAreShownAsTwentyThenACount(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        StringBuilder broken = new StringBuilder(Files.readString(dir.resolve("levels.drl")));
        for (int i = 1; i <= 25; i++) {
            broken.append("\nrule \"broken ").append(i).append("\"\nwhen\n    Measur()\nthen\nend\n");
        }
        Files.writeString(dir.resolve("levels.drl"), broken);

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).hasSize(25);
        List<String> shown = fr.label.RuleDiagnostics.lines(report.errors(), Language.EN, dir.toString());
        assertThat(shown).hasSize(21).last().isEqualTo("... and 5 more errors");
        assertThat(fr.label.RuleDiagnostics.lines(report.errors(), Language.FR, dir.toString()))
                .last().isEqualTo("… et 5 autres erreurs");
    }

    @Test
    void aRuleWhoseFactNothingInsertsAnyMoreIsWarnedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        // The only rule inserting NextLevelTarget now inserts nothing: the rule reading it can never fire.
        replace(levels, "insert(new NextLevelTarget($level + 1));", "// no next level any more");
        int line = lineOf(levels, "rule \"Next level: a condition not met yet\"");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isTrue();
        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.file()).isEqualTo(levels.toString());
            assertThat(warning.line()).isEqualTo(line);
            assertThat(warning.rule()).isEqualTo("Next level: a condition not met yet");
            assertThat(warning.toString(Language.EN)).isEqualTo(levels + ":" + line
                    + ": warning: rule \"Next level: a condition not met yet\" can never fire: "
                    + "nothing inserts NextLevelTarget (neither the engine nor a rule of this set)");
            assertThat(warning.toString()).isEqualTo(levels + ":" + line
                    + ": attention : règle « Next level: a condition not met yet » ne peut jamais se déclencher : "
                    + "rien n'insère NextLevelTarget (ni le moteur, ni une règle de ce jeu)");
        });
    }

    @Test
    void aRuleNeedingADossierAndTheMentionsDeliberationTogetherIsWarned(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package fr.label.rules;

                import fr.label.dossier.Dossier;
                import fr.label.rules.facts.*;

                rule "Award seen while evaluating a dossier"
                when
                    Dossier()
                    MentionAward()
                then
                end
                """);

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.rule()).isEqualTo("Award seen while evaluating a dossier");
            assertThat(warning.line()).isEqualTo(6);
            assertThat(warning.message(Language.EN)).isEqualTo("can never fire: it needs facts that are never in "
                    + "the same session (a dossier's evaluation has no MentionAward; the mentions' deliberation has no Dossier)");
        });
    }

    /** A concern of the method whose file is gone: an error naming the concern and the file, and no warning it explains. */
    @ParameterizedTest
    @CsvSource({
            "levels.drl,       Arobases,          the arobases level",
            "thresholds.drl,   Threshold,         the arobases thresholds table",
            "eligibility.drl,  ActionEligibility, the eligibility of each action",
            "edition.drl,      EditionSettings,   the edition's year and jury date",
            "mosaique.drl,     EnjeuCoverage,     the tiles of the mosaïque",
            "excellence.drl,   Excellence,        the excellence distinction",
            "mentions.drl,     MentionCandidate,  the candidates for the mentions",
            "awards.drl,       MentionAward,      the awarding of the mentions"})
    void aConcernNoRuleDecidesIsAnErrorNamingTheFileThatUsuallyDecidesIt(String file, String type, String concern,
                                                                          @TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.delete(dir.resolve(file));

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(p -> p.message(Language.EN))
                .contains("no rule decides " + concern + " (" + type + "); " + file + " usually does");
        assertThat(report.errors()).allSatisfy(problem -> assertThat(problem.message(Language.EN)).contains(file));
        assertThat(report.warnings()).noneMatch(warning -> warning.message(Language.EN).contains(type));
    }

    @Test
    void anEngineBuiltFromADirectoryIsCheckedTheSameWay(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.delete(dir.resolve("levels.drl"));

        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).rules(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.problems()).isEqualTo(RuleSetCheck.directory(dir).errors());
                    assertThat(e.describe(Language.EN)).containsExactly("rule set " + dir + " cannot be used:",
                            "no rule decides the thresholds checked against the measures (ThresholdCheck); "
                                    + "levels.drl usually does",
                            "no rule decides the arobases level (Arobases); levels.drl usually does");
                });
    }

    @Test
    void settingsARuleNeedsAndNoRuleStatesAreErrorsNamingTheRulesAndTheFile(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        replace(dir.resolve("thresholds.drl"), "insert(MosaiqueSettings.builder()", "java.util.Objects.requireNonNull(MosaiqueSettings.builder()"); // built, never inserted

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).extracting(p -> p.message(Language.EN)).containsExactly(
                "no rule inserts the figures of a covered and a strong enjeu (MosaiqueSettings), which the rules "
                        + "\"Mosaïque: a tile per enjeu\" need; thresholds.drl usually does");
    }

    @Test
    void anEditionWithoutMentionsNeedsNoMentionRules(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path edition = dir.resolve("edition.drl");
        String content = Files.readString(edition);
        Files.writeString(edition, content.substring(0, content.indexOf("rule \"Edition 2023: mentions\"")));
        Files.delete(dir.resolve("mentions.drl"));
        Files.delete(dir.resolve("awards.drl"));

        assertThat(RuleSetCheck.directory(dir).errors()).isEmpty();
    }

    @Test
    void aNegativeThresholdIsAnErrorAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        int line = lineOf(thresholds, VILLE_FOUR_ACTIONS);
        replace(thresholds, VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS.replace("35));", "-5));"));
        int column = Files.readAllLines(thresholds).get(line - 1).indexOf("-5") + 1;

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> assertThat(problem.toString(Language.EN))
                .isEqualTo(thresholds + ":" + line + ":" + column
                        + ": VILLE 4@ eligibleActions: negative minimum (-5); a minimum is a number of 0 or more"));
        assertThatThrownBy(() -> LabelEngine.builder().edition(2023).rules(dir).build())
                .isInstanceOf(RuleSetException.class);
    }

    @Test
    void aDuplicateLineIsAnErrorNamingTheFirst(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        int first = lineOf(thresholds, VILLE_FOUR_ACTIONS);
        replace(thresholds, VILLE_FOUR_ACTIONS, VILLE_FOUR_ACTIONS + "\n    " + VILLE_FOUR_ACTIONS.replace("35));", "40));"));

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(thresholds.toString());
            assertThat(problem.line()).isEqualTo(first + 1);
            assertThat(problem.message(Language.EN)).isEqualTo("VILLE 4@ eligibleActions: duplicate line (already at "
                    + thresholds + ":" + first + "); each type, level and measure has one line");
        });
    }

    @Test
    void missingFiguresAreErrors(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        String content = Files.readString(thresholds);
        // No INTERCOMMUNALITE line at all; no VILLAGE line at 3@; a line with no measure.
        content = content.lines().filter(l -> !l.contains("CollectiviteType.INTERCOMMUNALITE,")
                        && !l.contains("CollectiviteType.VILLAGE,           3,"))
                .collect(java.util.stream.Collectors.joining("\n"));
        content = content.replace("\"strongEnjeux\",               6));", "null,                         6));");
        Files.writeString(thresholds, content);
        int incomplete = lineOf(thresholds, "null,                         6));");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).extracting(p -> p.toString(Language.EN)).containsExactly(
                thresholds + ":" + incomplete + ":5: incomplete line of the thresholds table: its collectivité type or "
                        + "its measure is missing",
                thresholds + ": the thresholds table has no line for VILLAGE 3@, while 5@ has some: each level from 2@ "
                        + "to the top states its figures",
                thresholds + ": the thresholds table has no line for INTERCOMMUNALITE: its dossiers would get no level");
    }

    @Test
    void aLevelAskingLessThanTheLevelBelowIsAWarningAtItsLine(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        String villeThree = "insert(new Threshold(CollectiviteType.VILLE,             3,     \"eligibleActions\",           20));";
        int line = lineOf(thresholds, villeThree);
        replace(thresholds, villeThree, villeThree.replace("20));", " 5));"));

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isTrue();
        assertThat(report.warnings()).singleElement().satisfies(warning -> assertThat(warning.toString(Language.EN))
                .isEqualTo(thresholds + ":" + line + ": warning: rule \"Thresholds: arobases\" asks less than the level "
                        + "below: VILLE 3@ eligibleActions 5, against 10 at 2@; levels are cumulative, the stricter of the "
                        + "two counts"));
    }

    @Test
    void aRuleThatLoopsOnEveryDossierIsAnErrorNamingTheRulesThatChangeFacts(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Files.writeString(dir.resolve("loop.drl"), """
                package fr.label.rules;

                import fr.label.dossier.Dossier;

                rule "Loop: the dossier touched again and again"
                when
                    $dossier : Dossier()
                then
                    update($dossier);
                end
                """);

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).singleElement().satisfies(problem -> assertThat(problem.message(Language.EN))
                .startsWith("the rules went past the limit of 100,000 firings per dossier on a VILLAGE dossier with no "
                        + "action: they most likely loop.")
                .contains("Rules that fired and change a fact: \"Loop: the dossier touched again and again\" ("
                        + dir.resolve("loop.drl") + ":5)."));
    }

    @Test
    void aDirectoryWithoutRuleFilesIsAnError(@TempDir Path dir) {
        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(RuleProblem::message).containsExactly("aucun fichier .drl dans ce dossier");
        assertThat(report.errors()).extracting(p -> p.message(Language.EN)).containsExactly("no .drl file in this folder");
    }
}
