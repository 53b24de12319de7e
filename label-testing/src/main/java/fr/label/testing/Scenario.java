package fr.label.testing;

import fr.label.dossier.Dossier;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a scenario file, ready to run in one edition: dossiers and what their results
 * must be. A scenario file that names several editions gives one scenario per edition.
 *
 * @param name         the scenario's name, unique in its file
 * @param file         the scenario file
 * @param line         the line of the scenario in its file (1-based)
 * @param edition      the palmarès year it runs in
 * @param severalEditions whether the same scenario also runs in other editions (its name then shows the year)
 * @param evaluation   one dossier alone, or several as an edition
 * @param dossiers     the dossiers (one when evaluated alone)
 * @param expect       for a dossier alone, its expectations; for an edition, the rules expected to fire or not
 * @param expectByCode for an edition, each dossier's expectations by collectivité code
 */
public record Scenario(String name, Path file, int line, int edition, boolean severalEditions, Evaluation evaluation,
                       List<Dossier> dossiers, Expectations expect, Map<String, Expectations> expectByCode) {

    /** How the dossiers of a scenario are evaluated. */
    public enum Evaluation {
        /** One dossier evaluated alone: a mention it is eligible for is awarded. */
        ALONE,
        /** The dossiers evaluated together as an edition: the caps and the ranking apply. */
        EDITION
    }

    /**
     * Keeps copies of the dossiers and the expectations.
     *
     * @param name         the scenario's name, unique in its file
     * @param file         the scenario file
     * @param line         the line of the scenario in its file (1-based)
     * @param edition      the palmarès year it runs in
     * @param severalEditions whether the same scenario also runs in other editions (its name then shows the year)
     * @param evaluation   one dossier alone, or several as an edition
     * @param dossiers     the dossiers (one when evaluated alone)
     * @param expect       for a dossier alone, its expectations; for an edition, the rules expected to fire or not
     * @param expectByCode for an edition, each dossier's expectations by collectivité code
     */
    public Scenario {
        dossiers = List.copyOf(dossiers);
        expectByCode = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expectByCode));
    }

    /**
     * The name, with the edition when the scenario runs in several: {@code VILLE 4@ at the threshold [2023]}.
     *
     * @return the name to show
     */
    public String displayName() {
        return severalEditions ? name + " [" + edition + "]" : name;
    }
}
