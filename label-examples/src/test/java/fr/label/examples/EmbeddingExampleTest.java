package fr.label.examples;

import com.example.FirstEvaluation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's embedding example is the whole of {@link FirstEvaluation}, imports included: compiled
 * and run here, and the README must show it as written.
 */
class EmbeddingExampleTest {

    private static final Path EXAMPLE = Path.of("label-examples/src/test/java/com/example/FirstEvaluation.java");

    @Test
    void theReadmeExampleRunsAndPrintsWhatTheReadmeSays() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            FirstEvaluation.main(new String[0]);
        } finally {
            System.setOut(console);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed.lines()).containsExactly(
                "1@",
                "a-001 counts",
                "a-002 TOO_OLD",
                "covered enjeux: 1 of 3",
                "eligible actions: 1 of 5",
                "Arobases: the level below the lowest unmet threshold: 1@: conditions met up to 1@; "
                        + "2@ still needs: covered enjeux: 1 of 3, eligible actions: 1 of 5.");
        assertThat(readme()).contains("```\n" + printed + "```\n");
    }

    @Test
    void theReadmeShowsTheWholeFileAsCompiledHere() throws IOException {
        assertThat(readme()).contains("```java\n" + Files.readString(root().resolve(EXAMPLE)) + "```\n");
    }

    private static String readme() throws IOException {
        return Files.readString(root().resolve("README.md"));
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("README.md")) ? here : here.getParent();
    }
}
