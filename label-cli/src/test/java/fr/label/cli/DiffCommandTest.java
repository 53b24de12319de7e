package fr.label.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.dossier.CollectiviteType;
import fr.label.examples.ExampleEditions;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.testing.EditionDiff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static fr.label.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

/** What raising the VILLE 4@ action threshold does to the 2023 example edition. */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class DiffCommandTest {

    private static final String VILLE_FOUR =
            "insert(new Threshold(CollectiviteType.VILLE,             4,     \"eligibleActions\",           35));";

    private static Palmares shipped;

    @BeforeAll
    static void evaluateTheExampleEdition() {
        shipped = LabelEngine.forEdition(2023).evaluateEdition(ExampleEditions.read(2023));
    }

    private static Path rulesWithVilleFourAt(Path dir, int actions) throws IOException {
        LabelRules.export(2023, dir);
        Path thresholds = dir.resolve("thresholds.drl");
        String text = Files.readString(thresholds);
        assertThat(text).contains(VILLE_FOUR);
        Files.writeString(thresholds, text.replace(VILLE_FOUR, VILLE_FOUR.replace("35", String.valueOf(actions))));
        return dir;
    }

    /**
     * Computed from the shipped results alone: the VILLE dossiers at 4@ with fewer eligible actions
     * than the new threshold. Levels are cumulative and 5@ needs 60 actions, so no 5@ VILLE is below it.
     */
    private static Set<String> villesAtFourBelow(int actions) {
        return shipped.results().stream()
                .filter(r -> r.type() == CollectiviteType.VILLE && r.arobases() == 4 && r.eligibleActions() < actions)
                .map(Result::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codesThatLoseALevel(JsonNode json) {
        Set<String> codes = new TreeSet<>();
        for (JsonNode change : json.get("changes")) {
            if (change.get("arobases").get("after").asInt() < change.get("arobases").get("before").asInt()) {
                codes.add(change.get("code").asText());
            }
        }
        return codes;
    }

    @Test
    void raisingTheVilleFourThresholdTo40DropsExactlyTheVillesAt4WithFewerActions(@TempDir Path dir) throws IOException {
        Path rules = rulesWithVilleFourAt(dir, 40);
        Set<String> expected = villesAtFourBelow(40);

        Cli.Run run = run("diff", "--candidate", rules.toString(), "2023", "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(codesThatLoseALevel(json)).isEqualTo(expected)
                .containsExactly("01X001", "37X002", "54X001", "71X002");
        assertThat(json.get("summary").get("lostALevel").get("VILLE").asInt()).isEqualTo(4);
        assertThat(json.get("summary").get("gainedALevel").get("VILLE").asInt()).isZero();
        // Only those four change: their mentions and excellence do not depend on the lost level.
        assertThat(json.get("changes")).hasSize(4);
        assertThat(json.get("dossiers").asInt()).isEqualTo(shipped.results().size());
    }

    @Test
    void raisingItTo45ListsEachVilleThatDropsWithTheExplanationOfItsNewLevel(@TempDir Path dir) throws IOException {
        Path rules = rulesWithVilleFourAt(dir, 45);
        Set<String> expected = villesAtFourBelow(45);

        Cli.Run json = run("diff", "--candidate", rules.toString(), "2023", "--format", "json", "--lang", "en");
        Cli.Run text = run("diff", "--candidate", rules.toString(), "2023", "--lang", "en");

        JsonNode diff = new ObjectMapper().readTree(json.out());
        assertThat(codesThatLoseALevel(diff)).isEqualTo(expected).hasSize(6);
        assertThat(diff.get("summary").get("lostALevel").get("VILLE").asInt()).isEqualTo(6);
        assertThat(diff.get("summary").get("gainedALevel").get("VILLE").asInt()).isZero();
        for (JsonNode change : diff.get("changes")) {
            if (expected.contains(change.get("code").asText())) {
                assertThat(change.get("arobases").get("before").asInt()).isEqualTo(4);
                assertThat(change.get("arobases").get("after").asInt()).isEqualTo(3);
                assertThat(change.get("explanations").toString()).contains("eligible actions: ").contains(" of 45");
            }
        }
        assertThat(text.status()).isZero();
        for (String code : expected) {
            Result before = shipped.result(code).orElseThrow();
            assertThat(text.out()).contains("  " + code + " " + before.name() + " (VILLE)\n    arobases: 4@ → 3@\n");
        }
        assertThat(text.out()).containsPattern("\n  VILLE +0 +6\n");
    }

    @Test
    void bothRuleSetsAreNamedByTheirFingerprintAndTheReportFollowsTheLanguage(@TempDir Path dir) throws IOException {
        Path rules = rulesWithVilleFourAt(dir, 40);
        fr.label.RuleSetFingerprint base = LabelEngine.forEdition(2023).fingerprint();
        fr.label.RuleSetFingerprint candidate = LabelEngine.builder().edition(2023).rules(rules).build().fingerprint();

        Cli.Run json = run("diff", "--candidate", rules.toString(), "2023", "--format", "json");
        Cli.Run french = run("diff", "--candidate", rules.toString(), "2023");

        JsonNode diff = new ObjectMapper().readTree(json.out());
        assertThat(diff.get("baseRules").get("digest").asText()).isEqualTo(base.digest());
        assertThat(diff.get("candidateRules").get("digest").asText()).isEqualTo(candidate.digest())
                .isNotEqualTo(base.digest());
        assertThat(diff.get("candidateRules").get("edition").asInt()).isEqualTo(2023);
        assertThat(diff.get("changes").get(0).get("explanations").get(0).has("ruleTitle")).isTrue();
        assertThat(french.out())
                .startsWith("Édition 2023 (l'édition d'exemple 2023, " + shipped.results().size()
                        + " dossiers) selon les règles de base (livrées 2023) et les règles candidates (" + rules + ") :\n")
                .contains("  règles de base :      " + base.describe(fr.label.Language.FR) + "\n")
                .contains("  règles candidates :   " + candidate.describe(fr.label.Language.FR) + "\n")
                .contains("4 collectivités changent :\n")
                .contains("\n    arobases : 4@ → 3@\n")
                .contains("Niveaux, par type :\n")
                .containsPattern("\n  VILLE +0 +4\n")
                .contains("Mentions : 0 gagnée, 0 perdue. Excellence : 0 changement.\n");
    }

    @Test
    void theLibraryDiffMatchesTheCommand(@TempDir Path dir) throws IOException {
        Path rules = rulesWithVilleFourAt(dir, 45);
        Palmares candidate = LabelEngine.builder().edition(2023).rules(rules).build()
                .evaluateEdition(ExampleEditions.read(2023));

        EditionDiff diff = EditionDiff.between(shipped, candidate);

        List<String> dropped = new ArrayList<>();
        diff.changes().stream().filter(EditionDiff.Change::arobasesChanged).forEach(c -> dropped.add(c.after().code()));
        assertThat(new TreeSet<>(dropped)).isEqualTo(villesAtFourBelow(45));
        assertThat(diff.lostALevel().get(CollectiviteType.VILLE)).isEqualTo(6);
        assertThat(diff.dossiers()).isEqualTo(shipped.results().size());
    }
}
