package fr.label.server;

import fr.label.Language;
import fr.label.dossier.InputProblem;
import fr.label.report.Templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The server's own pages, rendered from the templates of {@code src/main/jte} (compiled at build
 * time, every value escaped), and the files they use.
 */
final class Pages {

    /** The files a page loads from the server, with their types: nothing comes from elsewhere. */
    static final Map<String, String> ASSETS = Map.of(
            "selfevaluation.js", "text/javascript; charset=utf-8",
            "selfevaluation.css", "text/css; charset=utf-8");

    /** The policy of the self-evaluation page: its own script and styles, requests to this server only. */
    static final String SELF_EVALUATION_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; frame-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final ServedEditions editions;

    Pages(ServedEditions editions) {
        this.editions = editions;
    }

    /** The page at {@code /}: a dossier to paste, upload or start from an example, and its page beside it. */
    String selfEvaluation(Language language) {
        List<SelfEvaluationView.EditionChoice> choices = editions.all().stream()
                .map(e -> new SelfEvaluationView.EditionChoice(e.name(), e.year(), e.shipped())).toList();
        return render("selfevaluation.jte", new SelfEvaluationView(language, choices, Routes.EXAMPLES,
                editions.exampleYears()));
    }

    /** The problems of a rejected dossier, as a page for the self-evaluation page's frame. */
    static String problems(Language language, int status, String error, List<InputProblem> problems) {
        return render("problems.jte", new ProblemsView(language, status, error, problems));
    }

    private static String render(String template, Object model) {
        return Templates.render(template, model);
    }

    /** A file of the server's resources, as text. */
    static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
