package fr.label.cli;

import fr.label.examples.ExampleEditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Edition files for the command-line tests: the 2023 example, whole or broken at file level. */
final class EditionFiles {

    private EditionFiles() {
    }

    /** The 2023 example edition (257 dossiers) as a file of {@code dir}. */
    static Path example(Path dir) throws IOException {
        Path file = dir.resolve("edition-2023.json");
        if (!Files.exists(file)) {
            try (InputStream in = ExampleEditions.class.getResourceAsStream("editions/" + ExampleEditions.fileName(2023))) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** The example cut at 60 % of its bytes, in the middle of a dossier: its first results can be printed. */
    static Path truncated(Path dir) throws IOException {
        byte[] whole = Files.readAllBytes(example(dir));
        Path file = dir.resolve("truncated.json");
        Files.write(file, Arrays.copyOf(whole, whole.length * 6 / 10));
        return file;
    }

    /** The example with an unknown top-level field after "dossiers": every dossier is read before it fails. */
    static Path unknownFieldAfterDossiers(Path dir) throws IOException {
        String whole = Files.readString(example(dir), StandardCharsets.UTF_8).stripTrailing();
        Path file = dir.resolve("unknown-field.json");
        Files.writeString(file, whole.substring(0, whole.length() - 1) + ", \"bogus\": 1}\n", StandardCharsets.UTF_8);
        return file;
    }
}
