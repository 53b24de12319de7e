package fr.label.dossier;

import java.util.List;

/**
 * A dossier of an edition that was not evaluated, and why.
 *
 * @param index    its position in the edition file's {@code dossiers} array
 * @param code     its collectivité code when it could be read, else {@code null}
 * @param name     its collectivité name when it could be read, else {@code null}
 * @param problems what is wrong with it (never empty)
 */
public record Rejection(int index, String code, String name, List<InputProblem> problems) {

    /**
     * Keeps copies of the lists.
     *
     * @param index    its position in the edition file's {@code dossiers} array
     * @param code     its collectivité code when it could be read, else {@code null}
     * @param name     its collectivité name when it could be read, else {@code null}
     * @param problems what is wrong with it (never empty)
     */
    public Rejection {
        problems = List.copyOf(problems);
    }
}
