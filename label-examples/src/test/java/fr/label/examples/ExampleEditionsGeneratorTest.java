package fr.label.examples;

import fr.label.examples.generate.ExampleEditionsGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed example editions are exactly what the generator writes. */
class ExampleEditionsGeneratorTest {

    @Test
    void generatorRewritesTheShippedEditionFilesByteForByte(@TempDir Path output) throws IOException {
        List<Path> files = ExampleEditionsGenerator.writeAll(output);

        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("edition-2020.json", "edition-2021.json", "edition-2022.json",
                        "edition-2023.json", "edition-2024.json");
        for (Path file : files) {
            byte[] shipped;
            try (InputStream in = ExampleEditions.class.getResourceAsStream(
                    "/fr/label/examples/editions/" + file.getFileName())) {
                assertThat(in).as("shipped %s", file.getFileName()).isNotNull();
                shipped = in.readAllBytes();
            }
            assertThat(Files.readAllBytes(file)).as("%s: regenerate it (EXAMPLES.md)", file.getFileName())
                    .isEqualTo(shipped);
        }
    }

    @Test
    void generatorWritesTheSameFilesOnEveryRun() {
        assertThat(ExampleEditionsGenerator.render()).isEqualTo(ExampleEditionsGenerator.render());
    }
}
