package fr.label.server;

import fr.label.Language;
import fr.label.dossier.InputProblem;

import java.util.List;

/**
 * What the page of a rejected request shows: the status, what is wrong, and each problem with
 * its JSON path.
 */
public record ProblemsView(Language language, int status, String error, List<InputProblem> problems) {

    /** The sentence in the page's language. */
    public String t(String fr, String en) {
        return language == Language.EN ? en : fr;
    }

    /** The page's language code. */
    public String lang() {
        return language == Language.EN ? "en" : "fr";
    }
}
