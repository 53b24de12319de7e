package fr.label.cli;

import fr.label.Language;
import fr.label.json.ReferentielJson;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;
import fr.label.report.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code label referentiel}: the services of the mosaïque, as CSV or JSON. */
@Command(name = "referentiel",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Prints the référentiel shipped with the library: 139 services in 16 enjeux in 4 catégories "
                        + "(a reconstruction: the association publishes its enjeux, not its services).",
                "csv: a header, then one service a row, columns code,enjeu,categorie,label (enjeu and catégorie "
                        + "codes, the service's label), quoted as RFC 4180 says. "
                        + "json: the référentiel file format, which another référentiel must follow."})
final class ReferentielCommand implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("code", "enjeu", "categorie", "label");

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            converter = Options.TableFormatConverter.class, description = "csv (default) or json")
    Options.TableFormat format;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the CSV label column (default: fr, the référentiel's own)")
    Language language;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write what would be printed into FILE instead: whole or not at all (written beside it, "
                    + "renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Override
    public Integer call() {
        try (Destination destination = Destination.of(output, spec, language)) {
            print(destination.out());
            destination.commit();
            return LabelCommand.ExitCode.OK;
        }
    }

    private void print(PrintWriter out) {
        Referentiel referentiel = Referentiel.defaultReferentiel();
        if (format == Options.TableFormat.JSON) {
            out.println(ReferentielJson.toJson(referentiel));
            return;
        }
        out.print(csvRow(COLUMNS));
        for (Enjeu enjeu : referentiel.enjeux()) {
            for (Service service : referentiel.servicesOf(enjeu)) {
                out.print(csvRow(List.of(service.code(), enjeu.code(), enjeu.categorie(), service.label(language))));
            }
        }
    }

    /**
     * One CSV record: fields with a comma, a quote or a line break are quoted, quotes doubled (RFC 4180),
     * and neutralised for spreadsheets as the results' CSV is ({@link SafeText#csvField}).
     */
    static String csvRow(List<String> fields) {
        StringBuilder row = new StringBuilder();
        for (String field : fields) {
            if (row.length() > 0) {
                row.append(',');
            }
            row.append(SafeText.csvField(field));
        }
        return row.append('\n').toString();
    }
}
