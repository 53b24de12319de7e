package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.json.LabelJson;
import fr.label.report.HtmlReports;
import fr.label.report.ResultsCsv;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints results as a report, JSON or CSV, writes their HTML pages, and says which exit status they make. */
final class Output {

    private Output() {
    }

    static void result(Result result, LabelEngine engine, Options.ReportFormat format, Language language,
                       Path html, PrintWriter out) {
        if (html != null) {
            write(html, HtmlReports.dossierPage(result, language, engine.referentiel(), engine.catalogue(), null));
            out.println(written(language, html));
            return;
        }
        switch (format) {
            case JSON -> out.println(LabelJson.toJson(result, language));
            case CSV -> out.print(ResultsCsv.csv(List.of(result)));
            case TEXT -> out.print(DossierReport.render(result, engine, language));
        }
    }

    /**
     * Evaluates an edition and prints its palmarès (or writes its pages when {@code html} is
     * given: one file when it ends with .html, else a folder); rejected dossiers go to {@code err}.
     *
     * @return 0, or 1 when some dossier was rejected
     */
    static int edition(Candidatures candidatures, LabelEngine engine, Options.ReportFormat format,
                       Language language, Path html, PrintWriter out, PrintWriter err) {
        Palmares palmares = engine.evaluateEdition(candidatures);
        if (html != null) {
            if (html.getFileName() != null && html.getFileName().toString().endsWith(".html")) {
                HtmlReports.writePalmares(palmares, language, html);
                out.println(written(language, html));
            } else {
                HtmlReports.writeSite(palmares, language, engine.referentiel(), html);
                out.println(written(language, html.resolve(HtmlReports.INDEX)));
            }
        } else {
            switch (format) {
                case JSON -> out.println(LabelJson.toJson(palmares, language));
                case CSV -> out.print(ResultsCsv.csv(palmares));
                case TEXT -> out.print(PalmaresReport.render(palmares, engine, language));
            }
        }
        out.flush();
        Failures.reportRejections(palmares.rejections(), palmares.results().size(), err);
        return palmares.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /**
     * Evaluates an edition file of any size: JSON and CSV are printed as the results come, without
     * holding them (results in file order, those waiting for the mention awards last); the text
     * palmarès holds what it shows of each result, a few hundred bytes.
     *
     * @return 0, or 1 when some dossier was rejected
     */
    static int streamedEdition(Path file, LabelEngine engine, Options.ReportFormat format, Language language,
                               PrintWriter out, PrintWriter err) {
        Palmares figures;
        if (format == Options.ReportFormat.TEXT) {
            List<Result> shown = new ArrayList<>();
            figures = engine.evaluateEdition(file, result -> shown.add(PalmaresReport.shownOf(result)));
            out.print(PalmaresReport.render(new Palmares(figures.edition(), figures.catalogue(), shown,
                    figures.rejections(), figures.summary()), engine, language));
        } else if (format == Options.ReportFormat.CSV) {
            out.print(ResultsCsv.headerLine());
            figures = engine.evaluateEdition(file, result -> out.print(ResultsCsv.line(result)));
        } else {
            try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, engine.edition(), engine.catalogue(),
                    language)) {
                figures = engine.evaluateEdition(file, writer::result);
                writer.finish(figures);
            }
            out.println();
        }
        out.flush();
        Failures.reportRejections(figures.rejections(), figures.summary().participants(), err);
        return figures.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /**
     * Whether an edition file is read as it is evaluated rather than whole: always but for HTML.
     * JSON and CSV are printed as the results come; the text palmarès keeps only what it shows.
     */
    static boolean streams(Options.ReportFormat format, Path html) {
        return html == null;
    }

    private static String written(Language language, Path file) {
        return (language == Language.EN ? "Written: " : "Écrit : ") + file;
    }

    private static void write(Path file, String html) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
