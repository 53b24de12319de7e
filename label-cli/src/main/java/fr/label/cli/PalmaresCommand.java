package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.examples.ExampleEditions;
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

/** {@code label palmares YEAR|FILE}: the palmarès of a whole edition. */
@Command(name = "palmares",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Evaluates a whole edition and prints its palmarès: levels by type, mentions, territoires "
                        + "d'excellence, actions, régions, and the collectivités by level.",
                "YEAR is the example edition shipped with the tool (fictional collectivités where the published "
                        + "palmarès names none); FILE is an edition file, - for standard input. A number is always "
                        + "read as a year (write ./2023 for a file of that name)."})
final class PalmaresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LabelCommand label;

    @Parameters(paramLabel = "YEAR|FILE", description = "a palmarès year (e.g. 2023) or an edition file; - for standard input")
    String edition;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            converter = Options.ReportFormatConverter.class,
            description = "text, a report for people (default), json, the library's palmarès format, or csv, a row per collectivité")
    Options.ReportFormat format;

    @Option(names = "--html", paramLabel = "OUT",
            description = "write the HTML page(s) instead of printing: OUT.html for one self-contained file, "
                    + "or a folder (palmarès index.html, one page per collectivité, the results as CSV), "
                    + "whole or not at all")
    Path html;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write what would be printed into FILE instead: whole or not at all (written beside it, "
                    + "renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the .drl files of DIR replace the shipped rules of the edition")
    Path rules;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report and explanations (default: fr)")
    Language language;

    @Option(names = "--threads", paramLabel = "N", converter = Options.ThreadsConverter.class,
            description = "threads used to evaluate the dossiers, 1 to 256 (default: one per processor)")
    Integer threads;

    @Option(names = "--max-firings", paramLabel = "N", converter = Options.MaxFiringsConverter.class,
            description = "rule firings one dossier may take before its rules are taken to loop (default: "
                    + LabelEngine.DEFAULT_MAX_FIRINGS + "; rule files are code, see the README)")
    Integer maxFirings;

    @Override
    public Integer call() {
        Options.htmlOrOutput(html, output, spec, language);
        try (Destination destination = Destination.of(output, spec, language)) {
            int status = palmares(destination.out());
            destination.commit();
            return status;
        }
    }

    private int palmares(PrintWriter out) {
        Candidatures candidatures;
        LabelEngine engine;
        Engines.checkRulesFolder(rules, "--rules", spec, language);
        if (Engines.isYear(edition)) {
            int year = Engines.exampleYear(edition, rules != null, spec, language);
            candidatures = ExampleEditions.read(year);
            engine = Engines.build(year, rules, threads, maxFirings);
        } else {
            // Read once, from its start: standard input or a pipe cannot be read again.
            try (LabelJson.Input input = Inputs.openEdition(edition, Inputs.standardInput(label), language,
                    Engines.exampleYears(rules != null))) {
                if (input.kind() == LabelJson.FileKind.DOSSIER) {
                    throw new InvalidInputException(new InputProblem(input.source(), "", "expected an edition file "
                            + "({\"edition\": ..., \"dossiers\": [...]}), found a dossier: use 'label evaluate "
                            + edition + "'"));
                }
                LabelEngine streaming = Engines.forFile(input.edition(), input.source(), rules, threads, maxFirings);
                return Output.streamedEdition(input, streaming, format, language, html, spec, out);
            }
        }
        return Output.edition(candidatures, engine, format, language, html, spec, out);
    }
}
