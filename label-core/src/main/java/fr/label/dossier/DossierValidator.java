package fr.label.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of docs/formats.md (Bad input) that concern one dossier's content, shared by the JSON reader
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
        collectivite(collectivite.code(), collectivite.name(), collectivite.population(), "collectivite", problems);
        for (int i = 0; i < dossier.actions().size(); i++) {
            action(dossier.actions().get(i), "actions[" + i + "]", problems);
        }
        history(dossier.edition(), dossier.history(), "history", problems);
        return problems;
    }

    /** Checks what could be read of a collectivité; {@code null} parts are skipped. */
    public static void collectivite(String code, String name, Integer population, String path,
                                    List<InputProblem> problems) {
        if (code != null && code.isBlank()) {
            problems.add(problem(path + ".code", "expected a non-empty INSEE or SIREN code"));
        }
        if (name != null && name.isBlank()) {
            problems.add(problem(path + ".name", "expected a non-empty name"));
        }
        if (population != null && population < 0) {
            problems.add(problem(path + ".population", "expected a population of 0 or more, found " + population));
        }
    }

    /**
     * Checks history entries against the dossier's edition (skipped when {@code null}); entries
     * that could not be read are {@code null} and skipped.
     */
    public static void history(Integer edition, List<HistoryEntry> entries, String path, List<InputProblem> problems) {
        Map<Integer, Integer> seenEditions = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            String at = path + "[" + i + "]";
            if (edition != null && entry.edition() >= edition) {
                problems.add(problem(at + ".edition", "expected an edition before " + edition
                        + ", found " + entry.edition()));
            }
            if (entry.arobases() < LOWEST_AROBASES || entry.arobases() > HIGHEST_AROBASES) {
                problems.add(problem(at + ".arobases", "expected arobases from " + LOWEST_AROBASES + " to "
                        + HIGHEST_AROBASES + ", found " + entry.arobases()));
            }
            Integer earlier = seenEditions.putIfAbsent(entry.edition(), i);
            if (earlier != null) {
                problems.add(problem(at + ".edition", "expected one history entry per edition, found "
                        + entry.edition() + " again (also " + path + "[" + earlier + "])"));
            }
        }
    }

    public static void action(Action action, String path, List<InputProblem> problems) {
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
