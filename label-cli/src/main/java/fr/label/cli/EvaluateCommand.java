package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code label evaluate FILE}: one dossier, or every dossier of an edition file. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Evaluates a dossier file, or an edition file ({\"edition\": 2023, \"dossiers\": [...]}) "
                        + "like 'label palmares FILE'.",
                "Invalid dossiers of an edition file are reported on stderr with their file, JSON path and what "
                        + "was expected; the valid ones are still evaluated and printed, and the exit status is 1."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a dossier file or an edition file (JSON, UTF-8)")
    Path file;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the .drl files of DIR replace the shipped rules of the edition (see 'label rules --export')")
    Path rules;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            converter = Options.ReportFormatConverter.class,
            description = "text, a report for people (default), json, the library's result format, or csv")
    Options.ReportFormat format;

    @Option(names = "--html", paramLabel = "OUT",
            description = "write the HTML page(s) instead of printing: OUT.html for one self-contained file, "
                    + "or a folder (palmarès index.html, one page per collectivité, the results as CSV)")
    Path html;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report and explanations (default: fr)")
    Language language;

    @Option(names = "--threads", paramLabel = "N", converter = Options.ThreadsConverter.class,
            description = "threads used to evaluate an edition file (default: one per processor)")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = file.toString();
        if (LabelJson.kindOf(file) == LabelJson.FileKind.EDITION) {
            if (Output.streams(format, html)) {
                LabelEngine engine = Engines.forFile(LabelJson.editionOf(file), name, rules, threads);
                return Output.streamedEdition(file, engine, format, language, out, err);
            }
            Candidatures candidatures = LabelJson.readCandidatures(file);
            LabelEngine engine = Engines.forFile(candidatures.edition(), name, rules, threads);
            return Output.edition(candidatures, engine, format, language, html, out, err);
        }
        Dossier dossier = LabelJson.readDossier(file);
        LabelEngine engine = Engines.forFile(dossier.edition(), name, rules, threads);
        Output.result(engine.evaluate(dossier), engine, format, language, html, out);
        return LabelCommand.ExitCode.OK;
    }
}
