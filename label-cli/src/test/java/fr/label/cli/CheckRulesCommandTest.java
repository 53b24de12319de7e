package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static fr.label.cli.Cli.fixture;
import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

class CheckRulesCommandTest {

    @Test
    void theShippedRulesOfAnEditionCheckCleanly(@TempDir Path dir) {
        LabelRules.export(2023, dir);

        Cli.Run run = run("check-rules", dir.toString(), "--edition", "2023");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(dir + ": edition 2023, 9 files, " + LabelEngine.forEdition(2023).rules().size()
                + " rules: no error, no warning\n");
    }

    @Test
    void aTypoGivesItsFileAndLineAndExit1AndAnEngineBuiltBeforeKeepsWorking(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        LabelEngine running = LabelEngine.builder().edition(2023).rules(dir).build();
        Path levels = dir.resolve("levels.drl");
        List<String> lines = Files.readAllLines(levels);
        int line = lines.indexOf("    insert(new NextLevelTarget($level + 1));") + 1;
        Files.writeString(levels, Files.readString(levels)
                .replace("insert(new NextLevelTarget($level + 1));", "insert(new NextLevelTarget($level + 1);"));

        Cli.Run check = run("check-rules", dir.toString());
        Cli.Run evaluate = run("evaluate", fixture("dossier-ville-2023.json").toString(), "--rules", dir.toString());

        assertThat(check.status()).isEqualTo(1);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).startsWith(levels + ":" + line + ": in the consequence of rule \"Next level: the level above\": ")
                .endsWith("label: " + dir + ": 1 error; the rules cannot be used\n")
                .doesNotContain("\tat ", "Exception");
        assertThat(evaluate.status()).isEqualTo(1);
        Dossier dossier = LabelJson.readDossier(fixture("dossier-ville-2023.json"));
        assertThat(running.evaluate(dossier).arobases()).isEqualTo(4); // the application's engine is untouched
    }

    @Test
    void aThresholdNamingAMeasureNoRuleComputesGivesItsLineAndExit1(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        String villeFour = "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";
        List<String> lines = Files.readAllLines(thresholds);
        int line = lines.indexOf("    " + villeFour) + 1;
        Files.writeString(thresholds, Files.readString(thresholds)
                .replace(villeFour, villeFour.replace("\"eligibleActions\", ", "\"eligibleAction\",  ")));

        Cli.Run check = run("check-rules", dir.toString());

        assertThat(line).isPositive();
        assertThat(check.status()).isEqualTo(1);
        assertThat(check.err()).startsWith(thresholds + ":" + line + ":")
                .contains("a threshold names the measure \"eligibleAction\", which no rule computes")
                .endsWith("label: " + dir + ": 1 error; the rules cannot be used\n");
    }

    @Test
    void aRuleThatCanNeverFireIsWarnedWithoutFailing(@TempDir Path dir) throws IOException {
        LabelRules.export(2023, dir);
        Path levels = dir.resolve("levels.drl");
        Files.writeString(levels, Files.readString(levels)
                .replace("insert(new NextLevelTarget($level + 1));", "// removed"));

        Cli.Run run = run("check-rules", dir.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(levels.toString())
                + ":\\d+: warning: rule \"Next level: a condition not met yet\" can never fire: nothing inserts NextLevelTarget");
        assertThat(run.out()).endsWith("no error, 1 warning\n");
    }

    @Test
    void rulesOfAnotherEditionAreAnError(@TempDir Path dir) {
        LabelRules.export(2022, dir);

        Cli.Run run = run("check-rules", dir.toString(), "--edition", "2023");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith(dir + ": these rules are for edition 2022, not 2023\n");
    }
}
