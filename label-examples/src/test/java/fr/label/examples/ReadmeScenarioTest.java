package fr.label.examples;

import fr.label.LabelRules;
import fr.label.Language;
import fr.label.testing.LabelScenarios;
import fr.label.testing.ScenarioOutcome;
import fr.label.testing.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Changing a rule, step by step": its scenario file and its failure, as shown. */
class ReadmeScenarioTest {

    private static final String VILLE_FOUR =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    private static String readme() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        return Files.readString((Files.exists(here.resolve("README.md")) ? here : here.getParent()).resolve("README.md"));
    }

    private static Path scenarioOfTheReadme(Path dir) throws IOException {
        String readme = readme();
        int start = readme.indexOf("```yaml\n# my-scenarios/2023/ville.yaml");
        String yaml = readme.substring(readme.indexOf('\n', start) + 1, readme.indexOf("```\n", start + 8));
        Path file = dir.resolve("my-scenarios/2023/ville.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return dir.resolve("my-scenarios");
    }

    private static Path rulesWithVilleFourAt(Path dir, int actions) throws IOException {
        Path rules = dir.resolve("my-rules-" + actions);
        LabelRules.export(2023, rules);
        Path thresholds = rules.resolve("thresholds.drl");
        Files.writeString(thresholds, Files.readString(thresholds)
                .replace(VILLE_FOUR, VILLE_FOUR.replace("35", String.valueOf(actions))));
        return rules;
    }

    @Test
    void theReadmeScenariosPassWithTheThresholdAt40AndFailAsShownAt41(@TempDir Path dir) throws IOException {
        Path scenarios = scenarioOfTheReadme(dir);

        ScenarioRun at40 = LabelScenarios.in(scenarios).rules(rulesWithVilleFourAt(dir, 40)).edition(2023).run();
        ScenarioRun at41 = LabelScenarios.in(scenarios).rules(rulesWithVilleFourAt(dir, 41)).edition(2023).run();
        ScenarioRun shipped = LabelScenarios.in(scenarios).run();

        assertThat(at40.outcomes()).hasSize(2).allMatch(ScenarioOutcome::passed);
        ScenarioOutcome failed = at41.outcomes().get(0);
        assertThat(failed.passed()).isFalse();
        String shown = "ÉCHEC 2023/ville.yaml:" + failed.line() + "  " + failed.name() + "\n"
                + String.join("\n", failed.describe(Language.FR).subList(0, 2).stream().map(l -> "      " + l).toList());
        assertThat(readme()).contains(shown);
        assertThat(shipped.outcomes().get(1).passed()).isFalse(); // 39 actions are enough for 4@ with the shipped 35
    }
}
