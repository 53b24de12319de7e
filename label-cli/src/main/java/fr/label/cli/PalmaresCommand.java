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
import picocli.CommandLine.Spec;

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
                        + "palmarès names none); FILE is an edition file. A number is always read as a year "
                        + "(write ./2023 for a file of that name)."})
final class PalmaresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "YEAR|FILE", description = "a palmarès year (e.g. 2023) or an edition file")
    String edition;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            converter = Options.ReportFormatConverter.class,
            description = "text, a report for people (default), json, the library's palmarès format, or csv, a row per collectivité")
    Options.ReportFormat format;

    @Option(names = "--html", paramLabel = "OUT",
            description = "write the HTML page(s) instead of printing: OUT.html for one self-contained file, "
                    + "or a folder (palmarès index.html, one page per collectivité, the results as CSV)")
    Path html;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "the .drl files of DIR replace the shipped rules of the edition")
    Path rules;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report and explanations (default: fr)")
    Language language;

    @Option(names = "--threads", paramLabel = "N", converter = Options.ThreadsConverter.class,
            description = "threads used to evaluate the dossiers (default: one per processor)")
    Integer threads;

    @Override
    public Integer call() {
        Candidatures candidatures;
        LabelEngine engine;
        if (Engines.isYear(edition)) {
            int year = Engines.exampleYear(edition, rules != null, spec);
            candidatures = ExampleEditions.read(year);
            engine = Engines.build(year, rules, threads);
        } else {
            Path file = Path.of(edition);
            if (LabelJson.kindOf(file) == LabelJson.FileKind.DOSSIER) {
                throw new InvalidInputException(new InputProblem(edition, "", "expected an edition file "
                        + "({\"edition\": ..., \"dossiers\": [...]}), found a dossier: use 'label evaluate "
                        + edition + "'"));
            }
            if (Output.streams(format, html)) {
                LabelEngine streaming = Engines.forFile(LabelJson.editionOf(file), edition, rules, threads);
                return Output.streamedEdition(file, streaming, format, language, spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
            candidatures = LabelJson.readCandidatures(file);
            engine = Engines.forFile(candidatures.edition(), edition, rules, threads);
        }
        return Output.edition(candidatures, engine, format, language, html, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
