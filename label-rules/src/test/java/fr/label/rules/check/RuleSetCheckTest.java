package fr.label.rules.check;

import fr.label.LabelEngine;
import fr.label.RuleProblem;
import fr.label.RuleWarning;
import fr.label.rules.engine.ShippedRuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetCheckTest {

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
            assertThat(problem.message()).startsWith("in the consequence of rule \"Arobases: every threshold met\": ");
        });
    }

    @Test
    void aTypoInAConditionIsReportedAtItsLineWithoutTheParsersNoise(@TempDir Path dir) throws IOException {
        ShippedRuleSets.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        int line = lineOf(levels, "$measure : Measure( name == $name )");
        replace(levels, "$measure : Measure( name == $name )", "$measure : Measure( name == $name");

        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.errors()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(levels.toString());
            assertThat(problem.line()).isPositive();
        });
        assertThat(report.errors()).extracting(RuleProblem::line).first().isEqualTo(line + 1);
        assertThat(report.errors()).noneMatch(problem -> problem.message().contains("null Package"));
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
        assertThat(report.warnings()).containsExactly(new RuleWarning(levels.toString(), line,
                "Next level: a condition not met yet",
                "can never fire: nothing inserts NextLevelTarget (neither the engine nor a rule of this set)"));
        assertThat(report.warnings().get(0).toString())
                .isEqualTo(levels + ":" + line + ": warning: rule \"Next level: a condition not met yet\" can never fire: "
                        + "nothing inserts NextLevelTarget (neither the engine nor a rule of this set)");
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
            assertThat(warning.message()).isEqualTo("can never fire: it needs facts that are never in the same session "
                    + "(a dossier's evaluation has no MentionAward; the mentions' deliberation has no Dossier)");
        });
    }

    @Test
    void aDirectoryWithoutRuleFilesIsAnError(@TempDir Path dir) {
        RuleSetCheck.Report report = RuleSetCheck.directory(dir);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(RuleProblem::message).containsExactly("no .drl file in this directory");
    }
}
