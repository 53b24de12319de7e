package fr.label.examples;

import fr.label.dossier.Candidatures;
import fr.label.json.LabelJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The example editions shipped with the project, one file per palmarès year: published figures
 * where they exist, fictional collectivités elsewhere (see EXAMPLES.md in this module).
 */
public final class ExampleEditions {

    private static final String FOLDER = "/fr/label/examples/editions/";

    private ExampleEditions() {
    }

    /** The years with an example edition. */
    public static List<Integer> years() {
        return List.of(2020, 2021, 2022, 2023, 2024);
    }

    /** The resource name of a year's example edition, e.g. {@code edition-2023.json}. */
    public static String fileName(int year) {
        return "edition-" + year + ".json";
    }

    /**
     * Reads the example edition of a year.
     *
     * @throws IllegalArgumentException when the year has no example edition, listing those that do
     */
    public static Candidatures read(int year) {
        if (!years().contains(year)) {
            throw new IllegalArgumentException("no example edition for " + year + "; examples: " + years());
        }
        try (InputStream in = ExampleEditions.class.getResourceAsStream(FOLDER + fileName(year))) {
            if (in == null) {
                throw new IllegalStateException("missing example edition resource " + FOLDER + fileName(year));
            }
            return LabelJson.readCandidatures(in, fileName(year));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
