package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.TemporaryFileException;
import fr.label.dossier.Candidatures;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.json.LabelJson;
import fr.label.report.HtmlReports;
import fr.label.report.ResultsCsv;
import fr.label.report.SafeText;
import fr.label.report.StagedOutput;
import fr.label.result.Palmares;
import fr.label.result.Result;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Prints results as a report, JSON or CSV, writes their HTML pages, and says which exit status
 * they make. Results go to {@code out}: standard output, or the file of {@code --output}
 * ({@link Destination}); what the command says about its work ("Écrit : ...") goes to standard
 * output, rejections to standard error.
 */
final class Output {

    private Output() {
    }

    /**
     * Prints one dossier's result, or writes its page when {@code html} is given: one file when
     * it ends with .html, else a folder holding index.html.
     */
    static void result(Result result, LabelEngine engine, Options.ReportFormat format, Language language,
                       Path html, CommandSpec spec, PrintWriter out) {
        if (html != null) {
            target(spec, language, () -> {
                HtmlReports.writeDossier(result, language, engine.referentiel(), engine.catalogue(), html);
                return null;
            });
            spec.commandLine().getOut().println(written(language, pageOf(html)));
            return;
        }
        switch (format) {
            case JSON -> out.println(LabelJson.toJson(result, language));
            case CSV -> out.print(ResultsCsv.csv(List.of(result)));
            case TEXT -> out.print(DossierReport.render(result, engine, language));
        }
    }

    /**
     * Evaluates an edition held in memory (a shipped example) and prints its palmarès, or writes
     * its pages when {@code html} is given: one file when it ends with .html, else a folder.
     * Rejected dossiers go to standard error.
     *
     * @return 0, or 1 when some dossier was rejected
     */
    static int edition(Candidatures candidatures, LabelEngine engine, Options.ReportFormat format,
                       Language language, Path html, CommandSpec spec, PrintWriter out) {
        Palmares palmares = engine.evaluateEdition(candidatures);
        if (html != null) {
            target(spec, language, () -> {
                if (HtmlReports.isPageFile(html)) {
                    HtmlReports.writePalmares(palmares, language, html);
                } else {
                    HtmlReports.writeSite(palmares, language, engine.referentiel(), html);
                }
                return null;
            });
            spec.commandLine().getOut().println(written(language, pageOf(html)));
        } else {
            switch (format) {
                case JSON -> out.println(LabelJson.toJson(palmares, language));
                case CSV -> out.print(ResultsCsv.csv(palmares));
                case TEXT -> out.print(PalmaresReport.render(palmares, engine, language));
            }
        }
        out.flush();
        Failures.reportRejections(palmares.rejections(), palmares.results().size(), language,
                spec.commandLine().getErr());
        return palmares.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /**
     * Evaluates an edition file of any size: JSON and CSV are printed as the results come, without
     * holding them (results in file order, those waiting for the mention awards last); the text
     * palmarès and the palmarès page hold what they show of each result, a few hundred bytes, and
     * a folder of pages gets each collectivité's page as its result comes.
     *
     * <p>When the edition fails half-way (a truncated file, an unknown field after the dossiers, a
     * rule failing, the disk refusing the mention candidates' temporary file), what was printed
     * ends so that no program takes it for a palmarès: JSON with
     * {@code "complete": false} and the problems, text and CSV with a line saying the palmarès is
     * incomplete and why. Pages are not written at all. Then the failure goes on to its exit status.
     *
     * @return 0, or 1 when some dossier was rejected
     */
    static int streamedEdition(LabelJson.Input file, LabelEngine engine, Options.ReportFormat format,
                               Language language, Path html, CommandSpec spec, PrintWriter out) {
        if (html != null) {
            return streamedPages(file, engine, language, html, spec);
        }
        Palmares figures;
        if (format == Options.ReportFormat.TEXT) {
            List<Result> shown = new ArrayList<>();
            try {
                figures = engine.evaluateEdition(file, result -> shown.add(PalmaresReport.shownOf(result)));
            } catch (RuntimeException | Error failure) {
                throw ended(failure, () -> out.println(incomplete(language, shown.size(), failure)), out);
            }
            out.print(PalmaresReport.render(new Palmares(figures.edition(), figures.catalogue(), shown,
                    figures.rejections(), figures.summary(), figures.rules()), engine, language));
        } else if (format == Options.ReportFormat.CSV) {
            int[] printed = {0};
            out.print(ResultsCsv.headerLine());
            try {
                figures = engine.evaluateEdition(file, result -> {
                    out.print(ResultsCsv.line(result));
                    printed[0]++;
                });
            } catch (RuntimeException | Error failure) {
                throw ended(failure, () -> out.print(ResultsCsv.incompleteLine(incomplete(language, printed[0],
                        failure))), out);
            }
        } else {
            try (LabelJson.PalmaresWriter writer = LabelJson.palmaresWriter(out, engine.edition(), engine.catalogue(),
                    language)) {
                try {
                    figures = engine.evaluateEdition(file, writer::result);
                    writer.finish(figures);
                } catch (RuntimeException | Error failure) {
                    throw ended(failure, () -> {
                        writer.incomplete(problemsOf(failure, language));
                        out.println();
                    }, out);
                }
            }
            out.println();
        }
        out.flush();
        Failures.reportRejections(figures.rejections(), figures.summary().participants(), language,
                spec.commandLine().getErr());
        return figures.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /** The pages of an edition file, written as the results come; nothing is left when it fails. */
    private static int streamedPages(LabelJson.Input file, LabelEngine engine, Language language, Path html, CommandSpec spec) {
        Palmares figures;
        try (HtmlReports.PalmaresWriter pages = target(spec, language, () -> HtmlReports.isPageFile(html)
                ? HtmlReports.pageWriter(html, engine.edition(), engine.catalogue(), language)
                : HtmlReports.siteWriter(html, engine.edition(), engine.catalogue(), language, engine.referentiel()))) {
            figures = engine.evaluateEdition(file, pages::result);
            pages.finish(figures);
        }
        spec.commandLine().getOut().println(written(language, pageOf(html)));
        spec.commandLine().getOut().flush();
        Failures.reportRejections(figures.rejections(), figures.summary().participants(), language,
                spec.commandLine().getErr());
        return figures.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    /**
     * Ends the output of a failed edition with its {@code ending}, then gives the failure back to
     * be thrown; a failure of the ending itself is attached to it.
     */
    private static RuntimeException ended(Throwable failure, Runnable ending, PrintWriter out) {
        try {
            ending.run();
            out.flush();
        } catch (RuntimeException | Error alsoFailed) {
            failure.addSuppressed(alsoFailed);
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    /** The line that ends a text or CSV palmarès cut short: that it is incomplete, and why. */
    static String incomplete(Language language, int printed, Throwable failure) {
        String why = problemsOf(failure, language).stream().map(InputProblem::toString).collect(Collectors.joining(" ; "));
        String line = language == Language.EN
                ? "INCOMPLETE PALMARÈS: the evaluation stopped after " + PlainText.count(printed, "result", "results",
                language) + ", this is not the whole palmarès: " + why
                : "PALMARÈS INCOMPLET : l'évaluation s'est arrêtée après " + PlainText.count(printed, "résultat",
                "résultats", language) + ", ce n'est pas le palmarès entier : " + why;
        return SafeText.plain(line);
    }

    /**
     * What stopped an edition, as problems with their file and place where they are known: the
     * library's, in English, and the tool's own (the temporary file), in the language.
     */
    static List<InputProblem> problemsOf(Throwable failure, Language language) {
        if (failure instanceof InvalidInputException invalid) {
            return invalid.problems();
        }
        if (failure instanceof RuleSetException rules && !rules.problems().isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (RuleProblem problem : rules.problems()) {
                String where = problem.line() > 0 ? "line " + problem.line() : "";
                problems.add(new InputProblem(problem.file(), where, problem.message()));
            }
            return problems;
        }
        if (failure instanceof TemporaryFileException temporary) {
            return List.of(new InputProblem(null, "", Failures.temporaryFileMessage(temporary, language)));
        }
        if (failure instanceof UncheckedIOException io) {
            return List.of(new InputProblem(null, "", Failures.messageOf(io)));
        }
        return List.of(new InputProblem(null, "", "internal error of the tool (see the error output)"));
    }

    /** Opens an HTML target; a target that cannot be one (a file where a folder is wanted...) is a usage error. */
    private static <T> T target(CommandSpec spec, Language language, Supplier<T> open) {
        try {
            return open.get();
        } catch (StagedOutput.UnusableTargetException e) {
            throw new ParameterException(spec.commandLine(), UsageText.unusableTarget(language, "--html", e));
        }
    }

    /** The page to open: the file itself, or a folder's index.html. */
    private static Path pageOf(Path html) {
        return HtmlReports.isPageFile(html) ? html : html.resolve(HtmlReports.INDEX);
    }

    static String written(Language language, Path file) {
        return (language == Language.EN ? "Written: " : "Écrit : ") + file;
    }
}
