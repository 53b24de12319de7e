package fr.label.rules.engine;

import fr.label.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped editions are their edition-YYYY folders: the build lists them into the index the
 * library reads, so that a new folder is a new edition with no Java change.
 */
class EditionDiscoveryTest {

    private static final Path SOURCES = Path.of("src/main/resources/fr/label/rules");

    @Test
    void theShippedEditionsAreTheFoldersOfTheSources() throws IOException {
        try (Stream<Path> folders = Files.list(SOURCES)) {
            List<Integer> editions = folders.map(f -> RuleFolders.editionOf(f.getFileName().toString()))
                    .filter(java.util.Objects::nonNull).sorted().toList();
            assertThat(ShippedRuleSets.editions()).isEqualTo(editions).isNotEmpty();
        }
        for (int edition : ShippedRuleSets.editions()) {
            assertThat(ShippedRuleSets.files(edition)).isEqualTo(RuleFolders.overlay(
                    RuleFolders.read(SOURCES, RuleFolders::relativeName), edition));
        }
    }

    @Test
    void theBuildIndexesANewEditionFolderAndTheLibraryFindsIt(@TempDir Path output) throws IOException {
        Path rules = output.resolve(ShippedRuleSets.ROOT);
        Files.createDirectories(rules.resolve("common"));
        Files.createDirectories(rules.resolve("edition-2025"));
        Files.createDirectories(rules.resolve("engine")); // classes beside the rules: not an edition
        Files.writeString(rules.resolve("common/levels.drl"), "package fr.label.rules;\n");
        Files.writeString(rules.resolve("edition-2025/edition.drl"), "package fr.label.rules; // 2025\n");
        Files.writeString(rules.resolve("edition-2025/levels.drl"), "package fr.label.rules; // its own\n");

        ExecutableModelWriter.writeIndex(output);
        String index = Files.readString(output.resolve(ShippedRuleSets.INDEX), StandardCharsets.UTF_8);
        Map<String, List<RuleFile>> folders = ShippedRuleSets.fromIndex(index, entry -> {
            try {
                return Files.readString(rules.resolve(entry));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(RuleFolders.indexEntries(index))
                .containsExactly("common/levels.drl", "edition-2025/edition.drl", "edition-2025/levels.drl");
        assertThat(RuleFolders.editions(folders)).containsExactly(2025);
        assertThat(RuleFolders.overlay(folders, 2025)).extracting(RuleFile::name, RuleFile::content).containsExactly(
                org.assertj.core.groups.Tuple.tuple("edition-2025/levels.drl", "package fr.label.rules; // its own\n"),
                org.assertj.core.groups.Tuple.tuple("edition-2025/edition.drl", "package fr.label.rules; // 2025\n"));
    }
}
