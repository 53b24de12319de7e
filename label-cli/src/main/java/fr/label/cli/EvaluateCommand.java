package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
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
                        + "like 'label palmares FILE'. FILE - reads standard input.",
                "Invalid dossiers of an edition file are reported on stderr with their file, JSON path and what "
                        + "was expected; the valid ones are still evaluated and printed, and the exit status is 1."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LabelCommand label;

    @Parameters(paramLabel = "FILE", description = "a dossier file or an edition file (JSON, UTF-8); - for standard input")
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
                    + "or a folder (palmarès index.html, one page per collectivité, the results as CSV; for a "
                    + "dossier, its page as index.html), whole or not at all")
    Path html;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write what would be printed into FILE instead: whole or not at all (written beside it, "
                    + "renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report and explanations (default: fr)")
    Language language;

    @Option(names = "--threads", paramLabel = "N", converter = Options.ThreadsConverter.class,
            description = "threads used to evaluate an edition file, 1 to 256 (default: one per processor)")
    Integer threads;

    @Option(names = "--max-firings", paramLabel = "N", converter = Options.MaxFiringsConverter.class,
            description = "rule firings one dossier may take before its rules are taken to loop (default: "
                    + LabelEngine.DEFAULT_MAX_FIRINGS + "; rule files are code, see the README)")
    Integer maxFirings;

    @Override
    public Integer call() {
        Options.htmlOrOutput(html, output, spec, language);
        Engines.checkRulesFolder(rules, "--rules", spec, language);
        try (Destination destination = Destination.of(output, spec, language)) {
            int status = evaluate(destination.out());
            destination.commit();
            return status;
        }
    }

    private int evaluate(PrintWriter out) {
        // Read once, from its start: standard input or a pipe cannot be read again.
        try (LabelJson.Input input = Inputs.open(file.toString(), Inputs.standardInput(label), language)) {
            String name = input.source();
            if (input.kind() == LabelJson.FileKind.EDITION) {
                LabelEngine engine = Engines.forFile(input.edition(), name, rules, threads, maxFirings);
                return Output.streamedEdition(input, engine, format, language, html, spec, out);
            }
            Dossier dossier = input.dossier();
            LabelEngine engine = Engines.forFile(dossier.edition(), name, rules, threads, maxFirings);
            Output.result(engine.evaluate(dossier), engine, format, language, html, spec, out);
            return LabelCommand.ExitCode.OK;
        }
    }
}
