package fr.label.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.LabelRules;
import fr.label.examples.ExampleEditions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped rules decide without an order: no salience, no agenda or activation group, and each
 * rule waits in its conditions for what it needs. Every shipped rule set compiled with its rules
 * reversed, or shuffled, and its files read in another order, gives the same JSON, byte for byte,
 * on the example edition and on a generated corpus. Only the rule set's fingerprint, a digest of
 * the rule files' text, differs, and is left out of the comparison.
 */
@Tag("exhaustive") // run once per CI, on JDK 17: what it checks does not depend on the Java version
class OrderFreeRulesTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"");
    private static final Pattern ORDERING = Pattern.compile("\\b(salience|agenda-group|ruleflow-group|activation-group)\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noShippedRuleIsOrderedByTheAgenda() throws IOException {
        Path rules = Path.of("..", "label-rules", "src", "main", "resources", "fr", "label", "rules");
        List<String> ordered = new ArrayList<>();
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                Matcher matcher = ORDERING.matcher(Files.readString(file));
                while (matcher.find()) {
                    ordered.add(rules.relativize(file) + ": " + matcher.group());
                }
            }
        }
        assertThat(ordered).isEmpty();
    }

    @ParameterizedTest(name = "edition {0}, rules reversed")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024})
    void rulesInReverseOrderDecideTheSame(int year, @TempDir Path dir) {
        LabelRules.export(year, dir);
        reorder(dir, Collections::reverse);

        assertSameJson(year, LabelEngine.builder().edition(year).rules(dir).build());
    }

    @ParameterizedTest(name = "edition {0}, rules shuffled")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024})
    void rulesShuffledDecideTheSame(int year, @TempDir Path dir) {
        LabelRules.export(year, dir);
        Random random = new Random(year);
        reorder(dir, rules -> Collections.shuffle(rules, random));

        assertSameJson(year, LabelEngine.builder().edition(year).rules(dir).build());
    }

    private static void assertSameJson(int year, LabelEngine reordered) {
        LabelEngine shipped = LabelEngine.forEdition(year);
        Candidatures example = ExampleEditions.read(year);
        assertThat(withoutFingerprint(LabelJson.toJson(reordered.evaluateEdition(example), Language.FR)))
                .as("example edition %d", year)
                .isEqualTo(withoutFingerprint(LabelJson.toJson(shipped.evaluateEdition(example), Language.FR)));

        List<Dossier> generated = SyntheticEditions.of(year).dossiers(300).seed(7_000L + year).actions(0, 60)
                .boundaryShare(0.7).build().list();
        assertThat(withoutFingerprint(LabelJson.toJson(reordered.evaluateEdition(generated), Language.EN)))
                .as("generated edition %d", year)
                .isEqualTo(withoutFingerprint(LabelJson.toJson(shipped.evaluateEdition(generated), Language.EN)));
    }

    /**
     * Rewrites every rule file of the folder with its rules put in another order (what comes
     * before the first rule, the package, imports, globals and functions, stays first), and renames
     * the files so that they are read in the reverse of their usual order.
     */
    private static void reorder(Path dir, java.util.function.Consumer<List<String>> order) {
        try (Stream<Path> listed = Files.list(dir)) {
            List<Path> files = listed.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher matcher = RULE.matcher(text);
                List<Integer> starts = new ArrayList<>();
                while (matcher.find()) {
                    starts.add(matcher.start());
                }
                String reordered = text;
                if (starts.size() > 1) {
                    List<String> rules = new ArrayList<>();
                    for (int r = 0; r < starts.size(); r++) {
                        int end = r + 1 < starts.size() ? starts.get(r + 1) : text.length();
                        String rule = text.substring(starts.get(r), end);
                        rules.add(rule.endsWith("\n") ? rule : rule + "\n");
                    }
                    List<String> before = List.copyOf(rules);
                    order.accept(rules);
                    if (rules.equals(before)) {
                        Collections.reverse(rules);
                    }
                    reordered = text.substring(0, starts.get(0)) + String.join("\n", rules);
                    assertThat(reordered).isNotEqualTo(text);
                }
                Files.delete(file);
                String renamed = String.format("%02d-%s", files.size() - i, file.getFileName());
                Files.writeString(dir.resolve(renamed), reordered, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON without the rule set's fingerprint, which names the rule files' text. */
    private static String withoutFingerprint(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            strip(tree);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("fingerprint");
            if (object.get("rules") instanceof ObjectNode rules && rules.has("digest")) {
                object.remove("rules");
            }
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            strip(children.next());
        }
    }
}
