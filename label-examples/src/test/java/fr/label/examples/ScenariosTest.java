package fr.label.examples;

import fr.label.testing.LabelScenarios;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own scenario suite (src/test/scenarios): every threshold of every shipped edition
 * at its boundary, eligibility, mentions with their caps, excellence; and every rule of every
 * shipped rule set fired at least once. Run exactly as the README shows it.
 */
class ScenariosTest {

    // README:begin
    @TestFactory
    Stream<DynamicNode> scenarios() {
        return LabelScenarios.in(Path.of("src/test/scenarios")).minCoverage(100).tests();
    }
    // README:end

    @Test
    void theReadmeShowsTheScenarioTestFactoryAsRunHere() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(root.resolve("label-examples/src/test/java/fr/label/examples/ScenariosTest.java"));
        int begin = lines.indexOf("    // README:begin");
        int end = lines.indexOf("    // README:end");
        String snippet = String.join("\n", lines.subList(begin + 1, end).stream()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line).toList());

        assertThat(Files.readString(root.resolve("README.md"))).contains(snippet);
    }
}
