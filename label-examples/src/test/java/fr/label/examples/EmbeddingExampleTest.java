package fr.label.examples;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Result;
import fr.label.result.Topic;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's embedding snippet, compiled and run here; the README must show it as written. */
class EmbeddingExampleTest {

    @Test
    void theReadmeSnippetRunsAndPrintsWhatTheReadmeSays() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            readmeSnippet();
        } finally {
            System.setOut(console);
        }

        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "1@",
                "a-001 counts",
                "a-002 TOO_OLD",
                "covered enjeux: 1 of 3",
                "eligible actions: 1 of 5",
                "Arobases: the level below the lowest unmet threshold: 1@: conditions met up to 1@; "
                        + "2@ still needs: covered enjeux: 1 of 3, eligible actions: 1 of 5.");
    }

    @Test
    void theReadmeShowsTheSnippetAsCompiledHere() throws IOException {
        assertThat(Files.readString(root().resolve("README.md"))).contains(snippet());
    }

    private static void readmeSnippet() {
        // README:begin
        LabelEngine engine = LabelEngine.forEdition(2023);   // compiled once, then shared and thread-safe

        Dossier dossier = Dossier.builder(2023)
                .collectivite(Collectivite.village("99X01", "Village-Exemple"))
                .action(Action.builder("a-001").title("Portail famille").services("portail-famille")
                        .start(LocalDate.of(2021, 9, 1)).innovative().build())
                .action(Action.builder("a-002").title("Budget participatif").services("budget-participatif")
                        .start(LocalDate.of(2020, 3, 1)).end(LocalDate.of(2020, 6, 30)).build())
                .history(HistoryEntry.of(2022, 1))
                .build();

        Result result = engine.evaluate(dossier);
        System.out.println(result.arobases() + "@");
        result.actions().forEach(a -> System.out.println(a.id() + " " + (a.eligible() ? "counts" : a.reason())));
        result.nextLevel().unmet().forEach(c -> System.out.println(c.describe(Language.EN)));
        result.explanationsOf(Topic.AROBASES)
                .forEach(e -> System.out.println(e.ruleTitle(Language.EN) + ": " + e.message(Language.EN)));
        // README:end
    }

    /** The lines between the markers, without this file's indentation. */
    private static String snippet() throws IOException {
        Path source = root().resolve("label-examples/src/test/java/fr/label/examples/EmbeddingExampleTest.java");
        List<String> lines = Files.readAllLines(source);
        int begin = lines.indexOf("        // README:begin");
        int end = lines.indexOf("        // README:end");
        return String.join("\n", lines.subList(begin + 1, end).stream()
                .map(line -> line.length() >= 8 ? line.substring(8) : line.strip()).toList());
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("README.md")) ? here : here.getParent();
    }
}
