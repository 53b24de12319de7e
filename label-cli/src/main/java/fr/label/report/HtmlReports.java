package fr.label.report;

import fr.label.Language;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

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
 *
 * // An edition of any size, its results written as they come (bounded memory)
 * try (HtmlReports.PalmaresWriter site = HtmlReports.siteWriter(Path.of("site"), engine.edition(),
 *         engine.catalogue(), Language.FR, engine.referentiel())) {
 *     site.finish(engine.evaluateEdition(Path.of("national.json"), site::result));
 * }
 * }</pre>
 *
 * Every file and folder is written whole or not at all ({@link StagedOutput}): a failure, or the
 * JVM stopped half-way, leaves the target as it was.
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

    /**
     * Writes the palmarès page alone, as one file with no link to other pages: whole or not at
     * all (see {@link StagedOutput}), an existing file replaced only once the new one is written.
     */
    public static void writePalmares(Palmares palmares, Language language, Path file) {
        try (PalmaresWriter writer = pageWriter(file, palmares.edition(), palmares.catalogue(), language)) {
            palmares.results().forEach(writer::result);
            writer.finish(palmares);
        }
    }

    /**
     * Writes a folder: {@value #INDEX} (the palmarès, linking to each collectivité), one page
     * per collectivité in {@value #DOSSIER_FOLDER}/ and the results as CSV
     * ({@code palmares-YEAR.csv}, see {@link ResultsCsv}). The folder is written whole or not at
     * all: built beside the target, then renamed into place. An existing target must be empty
     * or a site written before (nothing but {@value #INDEX}, {@value #DOSSIER_FOLDER}/ and
     * {@code palmares-*.csv}): it is then replaced as a whole.
     *
     * @throws StagedOutput.UnusableTargetException when the target exists and is not such a folder
     */
    public static void writeSite(Palmares palmares, Language language, Referentiel referentiel, Path folder) {
        try (PalmaresWriter writer = siteWriter(folder, palmares.edition(), palmares.catalogue(), language,
                referentiel)) {
            palmares.results().forEach(writer::result);
            writer.finish(palmares);
        }
    }

    /**
     * Writes the page of one dossier: one file when {@code target} ends with {@code .html},
     * else a folder holding it as {@value #INDEX} (the same rules as {@link #writeSite} for an
     * existing folder). Whole or not at all.
     */
    public static void writeDossier(Result result, Language language, Referentiel referentiel,
                                    List<Mention> catalogue, Path target) {
        String page = dossierPage(result, language, referentiel, catalogue, null);
        boolean file = isPageFile(target);
        try (StagedOutput staged = file ? StagedOutput.file(target) : StagedOutput.folder(target, HtmlReports::isSite)) {
            if (file) {
                write(staged, page);
            } else {
                staged.write(INDEX, page);
            }
            staged.commit();
        }
    }

    /** Whether a target names one page ({@code .html}) rather than a folder. */
    public static boolean isPageFile(Path target) {
        Path name = target.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".html");
    }

    /**
     * Writes the palmarès of an edition evaluated result by result, in bounded memory: each
     * collectivité's page and its CSV row are written as its result comes, and only what the
     * palmarès page shows of each result is kept for it (a few hundred bytes). See
     * {@link #siteWriter} and {@link #pageWriter}.
     *
     * <pre>{@code
     * try (HtmlReports.PalmaresWriter site = HtmlReports.siteWriter(folder, engine.edition(), engine.catalogue(),
     *         Language.FR, engine.referentiel())) {
     *     site.finish(engine.evaluateEdition(file, site::result));
     * }   // without finish (an exception), nothing is left on disk
     * }</pre>
     */
    public static final class PalmaresWriter implements AutoCloseable {
        private final StagedOutput staged;
        private final boolean site;
        private final Language language;
        private final Referentiel referentiel;
        private final List<Mention> catalogue;
        private final String csvName;
        private final List<Result> shown = new ArrayList<>();
        private final Map<String, String> files = new HashMap<>();
        private final Set<String> taken = new HashSet<>();
        private final OutputStream csv;

        private PalmaresWriter(StagedOutput staged, boolean site, int edition, List<Mention> catalogue,
                               Language language, Referentiel referentiel) {
            this.staged = staged;
            this.site = site;
            this.language = language(language);
            this.referentiel = referentiel;
            this.catalogue = List.copyOf(catalogue);
            this.csvName = csvFileName(edition);
            OutputStream opened = null;
            if (site) {
                try {
                    opened = staged.stream(csvName);
                    // A byte order mark, so that spreadsheets open the accents right.
                    opened.write(("\uFEFF" + ResultsCsv.headerLine()).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    staged.close();
                    throw new UncheckedIOException("cannot write " + staged.target(), e);
                } catch (RuntimeException e) {
                    staged.close();
                    throw e;
                }
            }
            this.csv = opened;
        }

        /** Writes the page and the CSV row of a result (in a site), and keeps what the palmarès shows of it. */
        public synchronized void result(Result result) {
            if (site) {
                String file = pageFile(result.code(), taken);
                files.put(result.code(), file);
                staged.write(DOSSIER_FOLDER + "/" + file,
                        dossierPage(result, language, referentiel, catalogue, "../" + INDEX));
                try {
                    csv.write(ResultsCsv.line(result).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + staged.target(), e);
                }
            }
            shown.add(shownOf(result));
        }

        /**
         * Writes the palmarès page with the figures of the edition (its results are those given
         * to {@link #result}), then renames the page or the folder into place.
         */
        public synchronized void finish(Palmares figures) {
            Palmares palmares = new Palmares(figures.edition(), figures.catalogue(), shown, figures.rejections(),
                    figures.summary(), figures.rules());
            if (site) {
                try {
                    csv.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + staged.target(), e);
                }
                staged.write(INDEX, new PalmaresPage(palmares, language,
                        r -> DOSSIER_FOLDER + "/" + files.get(r.code()), csvName).render());
            } else {
                write(staged, new PalmaresPage(palmares, language, null, null).render());
            }
            staged.commit();
        }

        /** Without {@link #finish}, deletes what was written: the target is left as it was. */
        @Override
        public void close() {
            staged.close();
        }
    }

    /**
     * A folder written result by result (pages, CSV), its index at {@link PalmaresWriter#finish}:
     * the folder of {@link #writeSite}, with the same rules for an existing target.
     */
    public static PalmaresWriter siteWriter(Path folder, int edition, List<Mention> catalogue, Language language,
                                            Referentiel referentiel) {
        return new PalmaresWriter(StagedOutput.folder(folder, HtmlReports::isSite), true, edition, catalogue,
                language, Objects.requireNonNull(referentiel));
    }

    /** The palmarès page alone, one file, written at {@link PalmaresWriter#finish}: as {@link #writePalmares}. */
    public static PalmaresWriter pageWriter(Path file, int edition, List<Mention> catalogue, Language language) {
        return new PalmaresWriter(StagedOutput.file(file), false, edition, catalogue, language, null);
    }

    /** What the palmarès page shows of a result: without the actions, the mosaïque and the explanations. */
    private static Result shownOf(Result result) {
        return new Result(result.edition(), result.collectivite(), result.arobases(), result.mentionsEligible(),
                result.mentions(), result.excellence(), result.measures(), List.of(), List.of(), null, List.of());
    }

    /**
     * Whether an existing folder is a site written by label, which a new one may replace: it
     * holds nothing but {@value #INDEX}, {@code palmares-*.csv} and {@value #DOSSIER_FOLDER}/
     * with pages in it.
     */
    static boolean isSite(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return name.equals(DOSSIER_FOLDER) && onlyPages(entry);
                }
                return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && (name.equals(INDEX) || (name.startsWith("palmares-") && name.endsWith(".csv")));
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onlyPages(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                    && entry.getFileName().toString().endsWith(".html"));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code palmares-2023.csv}. */
    public static String csvFileName(Palmares palmares) {
        return csvFileName(palmares.edition());
    }

    private static String csvFileName(int edition) {
        return "palmares-" + edition + ".csv";
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
            files.put(result.code(), pageFile(result.code(), taken));
        }
        return files;
    }

    /** The page file of a code, given the names already {@code taken} (lower case), which it joins. */
    private static String pageFile(String code, Set<String> taken) {
        String safe = safeName(code);
        if (safe.isEmpty() || !safe.equals(code)) {
            safe = (safe.isEmpty() ? "c" : safe) + "-" + Integer.toHexString(code.hashCode());
        }
        String name = safe;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = safe + "-" + i;
        }
        return name + ".html";
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

    private static void write(StagedOutput staged, String text) {
        try {
            staged.stream().write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + staged.target(), e);
        }
    }
}
