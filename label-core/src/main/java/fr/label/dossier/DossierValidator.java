package fr.label.dossier;


import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks of docs/formats.md (Bad input) that concern one dossier's content, shared by the JSON reader
 * (part by part, as it reads) and by dossiers built in Java (the engine, an edition's sorting,
 * {@code LabelJson.problems(Dossier)}): the one place that knows what a valid dossier is. Paths
 * are relative to the dossier ({@code actions[3].end}). Shape errors (a missing field, a malformed
 * date) are the reader's job: a Java record cannot have them.
 *
 * <p>A dossier is checked once on its way in: it is immutable, so a dossier found valid, by the
 * reader or here, stays valid and is not checked again. The valid dossiers are remembered by
 * identity and weakly, so that a dossier the application drops is forgotten.
 */
public final class DossierValidator {

    private static final int LOWEST_AROBASES = 1;
    private static final int HIGHEST_AROBASES = 5;

    private static final Set<Checked> VALID = ConcurrentHashMap.newKeySet();
    private static final ReferenceQueue<Dossier> FORGOTTEN = new ReferenceQueue<>();

    private DossierValidator() {
    }

    /** What keeps a dossier from being evaluated; empty when it is valid, at once when it was found valid before. */
    public static List<InputProblem> problems(Dossier dossier) {
        if (VALID.contains(new Checked(dossier, null))) {
            return List.of();
        }
        List<InputProblem> problems = check(dossier);
        if (problems.isEmpty()) {
            checked(dossier);
        }
        return List.copyOf(problems);
    }

    /** Records that a dossier was found valid, by the reader that checked it part by part. */
    public static void checked(Dossier dossier) {
        for (Reference<? extends Dossier> gone; (gone = FORGOTTEN.poll()) != null; ) {
            VALID.remove(gone);
        }
        VALID.add(new Checked(dossier, FORGOTTEN));
    }

    /** A dossier found valid, held weakly and compared by identity. */
    private static final class Checked extends WeakReference<Dossier> {
        private final int hash;

        Checked(Dossier dossier, ReferenceQueue<Dossier> queue) {
            super(dossier, queue);
            this.hash = System.identityHashCode(dossier);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Dossier dossier = get();
            return other instanceof Checked checked && checked.hash == hash && dossier != null && checked.get() == dossier;
        }
    }

    private static List<InputProblem> check(Dossier dossier) {
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
