package fr.label.cli;

import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.dossier.Candidatures;
import fr.label.json.LabelJson;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.PrintWriter;

/** Prints results as a report or as the library's JSON, and says which exit status they make. */
final class Output {

    private Output() {
    }

    static void result(Result result, LabelEngine engine, Options.ReportFormat format, Language language,
                       PrintWriter out) {
        if (format == Options.ReportFormat.JSON) {
            out.println(LabelJson.toJson(result, language));
        } else {
            out.print(DossierReport.render(result, engine, language));
        }
    }

    /**
     * Evaluates an edition and prints its palmarès; its rejected dossiers go to {@code err}.
     *
     * @return 0, or 1 when some dossier was rejected
     */
    static int edition(Candidatures candidatures, LabelEngine engine, Options.ReportFormat format,
                       Language language, PrintWriter out, PrintWriter err) {
        Palmares palmares = engine.evaluateEdition(candidatures);
        if (format == Options.ReportFormat.JSON) {
            out.println(LabelJson.toJson(palmares, language));
        } else {
            out.print(PalmaresReport.render(palmares, engine, language));
        }
        out.flush();
        Failures.reportRejections(palmares.rejections(), palmares.results().size(), err);
        return palmares.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }
}
