package fr.label.report;

import fr.label.Language;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Self-contained HTML pages of a palmarès and of each dossier: inline styles, inline SVG and a
 * few lines of inline script, nothing fetched from anywhere (a content security policy in each
 * page forbids it). Text in French or English; every value from the data is escaped.
 *
 * <pre>{@code
 * Palmares palmares = LabelEngine.forEdition(2023).evaluateEdition(dossiers);
 * HtmlReports.writeSite(palmares, Language.FR, Referentiel.defaultReferentiel(), Path.of("site"));
 * // site/index.html, site/collectivites/84031.html ..., site/palmares-2023.csv
 *
 * HtmlReports.writePalmares(palmares, Language.EN, Path.of("palmares-2023.html"));   // one file
 * String page = HtmlReports.dossierPage(result, Language.FR, Referentiel.defaultReferentiel());
 * }</pre>
 */
public final class HtmlReports {

    /** The page of the palmarès in a site. */
    public static final String INDEX = "index.html";
    /** The folder of the collectivités' pages in a site. */
    public static final String DOSSIER_FOLDER = "collectivites";

    private HtmlReports() {
    }

    /**
     * The palmarès page: key figures, levels by type (chart and table), régions, mentions,
     * excellence, and the table of collectivités that can be sorted and searched.
     *
     * @param link the address of a collectivité's page, or {@code null} (the function, or what it
     *             returns) for no link
     */
    public static String palmaresPage(Palmares palmares, Language language, Function<Result, String> link) {
        return new PalmaresPage(Objects.requireNonNull(palmares), language(language), link, null).render();
    }

    /**
     * The page of one dossier, without link back to a palmarès. The mentions listed are those
     * the result names (eligible, awarded or explained); {@link #dossierPage(Result, Language,
     * Referentiel, List, String)} lists the whole catalogue of the edition.
     */
    public static String dossierPage(Result result, Language language, Referentiel referentiel) {
        return dossierPage(result, language, referentiel, List.of(), null);
    }

    /**
     * The page of one dossier: the sign with its arobases, the measures, the mosaïque, the
     * mentions and why, the excellence status, what the next level needs, and the actions.
     *
     * @param catalogue the edition's mentions ({@link Palmares#catalogue()}), listed even when not eligible
     * @param backLink  the address of the palmarès page, or {@code null}
     */
    public static String dossierPage(Result result, Language language, Referentiel referentiel,
                                     List<Mention> catalogue, String backLink) {
        return new DossierPage(Objects.requireNonNull(result), language(language),
                Objects.requireNonNull(referentiel), catalogue, backLink).render();
    }

    /** Writes the palmarès page alone, as one file with no link to other pages. */
    public static void writePalmares(Palmares palmares, Language language, Path file) {
        write(file, palmaresPage(palmares, language, null));
    }

    /**
     * Writes a folder: {@value #INDEX} (the palmarès, linking to each collectivité), one page
     * per collectivité in {@value #DOSSIER_FOLDER}/ and the results as CSV
     * ({@code palmares-YEAR.csv}, see {@link ResultsCsv}). Existing files of the same names are
     * replaced; others are left alone.
     */
    public static void writeSite(Palmares palmares, Language language, Referentiel referentiel, Path folder) {
        Language lang = language(language);
        Map<String, String> files = pageFiles(palmares.results());
        String csvName = csvFileName(palmares);
        try {
            Files.createDirectories(folder.resolve(DOSSIER_FOLDER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder.resolve(DOSSIER_FOLDER), e);
        }
        for (Result result : palmares.results()) {
            write(folder.resolve(DOSSIER_FOLDER).resolve(files.get(result.code())),
                    dossierPage(result, lang, referentiel, palmares.catalogue(), "../" + INDEX));
        }
        ResultsCsv.write(palmares, folder.resolve(csvName));
        write(folder.resolve(INDEX), new PalmaresPage(palmares, lang,
                r -> DOSSIER_FOLDER + "/" + files.get(r.code()), csvName).render());
    }

    /** {@code palmares-2023.csv}. */
    public static String csvFileName(Palmares palmares) {
        return "palmares-" + palmares.edition() + ".csv";
    }

    /**
     * A file name for each collectivité's page, from its code: letters, digits and '-' are
     * kept, anything else becomes '_'; a name already taken (ignoring case, for the file systems
     * that do) or changed that way gets a suffix, so that no two codes share a page.
     */
    static Map<String, String> pageFiles(List<Result> results) {
        Map<String, String> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Result result : results) {
            String code = result.code();
            String safe = safeName(code);
            if (safe.isEmpty() || !safe.equals(code)) {
                safe = (safe.isEmpty() ? "c" : safe) + "-" + Integer.toHexString(code.hashCode());
            }
            String name = safe;
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = safe + "-" + i;
            }
            files.put(code, name + ".html");
        }
        return files;
    }

    private static String safeName(String code) {
        StringBuilder safe = new StringBuilder(code.length());
        for (int i = 0; i < code.length() && safe.length() < 60; i++) {
            char c = code.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            safe.append(plain ? c : '_');
        }
        return safe.toString();
    }

    private static Language language(Language language) {
        return language == null ? Language.FR : language;
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
