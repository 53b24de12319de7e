package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleSetException;
import fr.label.dossier.Dossier;
import fr.label.result.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A new edition as the README's "Preparing next year's edition" makes it, with no Java: the rules
 * laid out like the shipped ones, edition-2024/ copied into edition-2025/ and its year and jury
 * date moved on a year. The edition is found and evaluated through the public API.
 */
class NewEditionTest {

    /** The shipped rules as the module's sources hold them. */
    private static final Path SHIPPED = Path.of("src/main/resources/fr/label/rules");

    @TempDir
    static Path root;

    @BeforeAll
    static void edition2025() throws IOException {
        copy(SHIPPED.resolve("common"), root.resolve("common"));
        copy(SHIPPED.resolve("edition-2024"), root.resolve("edition-2024"));
        copy(SHIPPED.resolve("edition-2024"), root.resolve("edition-2025"));
        Path edition = root.resolve("edition-2025/edition.drl");
        Files.writeString(edition, yearLater(Files.readString(edition)));
    }

    @Test
    void theNewEditionIsFoundFromItsFolder() {
        assertThat(LabelEngine.editions(root)).containsExactly(2024, 2025);
        assertThat(LabelEngine.editions(root.resolve("common"))).isEmpty();
    }

    @Test
    void itIsEvaluatedWithItsYearAndJuryDate() {
        LabelEngine engine = LabelEngine.builder().edition(2025).rules(root).build();
        Dossier dossier = Dossiers.withMeasures(2025, VILLE, 40, 11, 6, 4, true);

        Result result = engine.evaluate(dossier);

        assertThat(engine.edition()).isEqualTo(2025);
        assertThat(engine.juryDate()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(engine.catalogue()).isEqualTo(LabelEngine.forEdition(2024).catalogue());
        assertThat(result.arobases()).isEqualTo(Dossiers.evaluate(Dossiers.withMeasures(2024, VILLE, 40, 11, 6, 4, true))
                .arobases());
        assertThat(result.rules().edition()).isEqualTo(2025);
    }

    @Test
    void theOtherEditionsOfTheFolderAreTheShippedOnes() {
        LabelEngine engine = LabelEngine.builder().edition(2024).rules(root).build();

        assertThat(engine.fingerprint()).isEqualTo(LabelEngine.forEdition(2024).fingerprint());
    }

    @Test
    void anEditionWithoutItsFolderIsNamedWithTheEditionsThereAre() {
        assertThatThrownBy(() -> LabelEngine.builder().edition(2026).rules(root).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems().get(0).message())
                        .isEqualTo("no folder edition-2026 here: this folder holds the rules of editions [2024, 2025]"));
    }

    /** Every year of the text one year later: 2024 becomes 2025, the jury's 2023 becomes 2024. */
    static String yearLater(String text) {
        Matcher year = Pattern.compile("\\b20(2[0-9])\\b").matcher(text);
        StringBuilder later = new StringBuilder();
        while (year.find()) {
            year.appendReplacement(later, String.valueOf(Integer.parseInt(year.group()) + 1));
        }
        return year.appendTail(later).toString();
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
