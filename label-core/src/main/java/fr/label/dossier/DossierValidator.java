package fr.label.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of SPEC section 6 that concern one dossier's content, shared by the JSON reader
 * and by dossiers built in Java. Paths are relative to the dossier ({@code actions[3].end}).
 * Shape errors (a missing field, a malformed date) are the reader's job: a Java record cannot have them.
 */
public final class DossierValidator {

    public static final int LOWEST_AROBASES = 1;
    public static final int HIGHEST_AROBASES = 5;

    private DossierValidator() {
    }

    public static List<InputProblem> problems(Dossier dossier) {
        List<InputProblem> problems = new ArrayList<>();
        Collectivite collectivite = dossier.collectivite();
        if (collectivite.code().isBlank()) {
            problems.add(problem("collectivite.code", "expected a non-empty INSEE or SIREN code"));
        }
        if (collectivite.name().isBlank()) {
            problems.add(problem("collectivite.name", "expected a non-empty name"));
        }
        if (collectivite.population() != null && collectivite.population() < 0) {
            problems.add(problem("collectivite.population",
                    "expected a population of 0 or more, found " + collectivite.population()));
        }
        for (int i = 0; i < dossier.actions().size(); i++) {
            actionProblems(dossier.actions().get(i), "actions[" + i + "]", problems);
        }
        Map<Integer, Integer> seenEditions = new HashMap<>();
        for (int i = 0; i < dossier.history().size(); i++) {
            HistoryEntry entry = dossier.history().get(i);
            String path = "history[" + i + "]";
            if (entry.edition() >= dossier.edition()) {
                problems.add(problem(path + ".edition", "expected an edition before " + dossier.edition()
                        + ", found " + entry.edition()));
            }
            if (entry.arobases() < LOWEST_AROBASES || entry.arobases() > HIGHEST_AROBASES) {
                problems.add(problem(path + ".arobases", "expected arobases from " + LOWEST_AROBASES + " to "
                        + HIGHEST_AROBASES + ", found " + entry.arobases()));
            }
            Integer earlier = seenEditions.putIfAbsent(entry.edition(), i);
            if (earlier != null) {
                problems.add(problem(path + ".edition", "expected one history entry per edition, found "
                        + entry.edition() + " again (also history[" + earlier + "])"));
            }
        }
        return problems;
    }

    private static void actionProblems(Action action, String path, List<InputProblem> problems) {
        if (action.id().isBlank()) {
            problems.add(problem(path + ".id", "expected a non-empty action id"));
        }
        if (action.title().isBlank()) {
            problems.add(problem(path + ".title", "expected a non-empty title"));
        }
        if (action.services().isEmpty()) {
            problems.add(problem(path + ".services", "expected at least one service code"));
        }
        for (int s = 0; s < action.services().size(); s++) {
            String code = action.services().get(s);
            if (code == null || code.isBlank()) {
                problems.add(problem(path + ".services[" + s + "]", "expected a non-empty service code"));
            }
        }
        if (action.end() != null && action.end().isBefore(action.start())) {
            problems.add(problem(path + ".end", "expected an end date on or after the start date "
                    + action.start() + ", found " + action.end()));
        }
    }

    private static InputProblem problem(String path, String message) {
        return new InputProblem(null, path, message);
    }
}
