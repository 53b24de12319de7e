package fr.label.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * A commune or an intercommunalité that files a dossier. The constructor reports a missing code,
 * name or type as an {@link InvalidInputException} naming each field ({@code code}, {@code type});
 * the factories ({@link #ville(String, String)}...) also report a blank code or name.
 *
 * @param code        INSEE code of a commune, SIREN of an intercommunalité; unique within an edition
 * @param name        the collectivité's name
 * @param type        the kind of candidature
 * @param population  number of inhabitants, or {@code null} when not given
 * @param departement département code ("84", "2A", "971"), or {@code null}
 * @param region      région name, or {@code null}
 */
public record Collectivite(String code, String name, CollectiviteType type,
                           Integer population, String departement, String region) {

    /**
     * Checks that nothing is missing; the factories check the rest.
     *
     * @param code        INSEE code of a commune, SIREN of an intercommunalité; unique within an edition
     * @param name        the collectivité's name
     * @param type        the kind of candidature
     * @param population  number of inhabitants, or {@code null} when not given
     * @param departement département code ("84", "2A", "971"), or {@code null}
     * @param region      région name, or {@code null}
     */
    public Collectivite {
        List<InputProblem> problems = new ArrayList<>();
        BuildChecks.required(code, "code", "an INSEE or SIREN code", problems);
        BuildChecks.required(name, "name", "a name", problems);
        BuildChecks.required(type, "type", "one of VILLAGE, VILLE, INTERCOMMUNALITE", problems);
        BuildChecks.throwIfAny(problems);
    }

    /**
     * A collectivité known only by its code, name and type.
     *
     * @param code INSEE code of a commune, SIREN of an intercommunalité
     * @param name the collectivité's name
     * @param type the kind of candidature
     * @return the collectivité
     * @throws InvalidInputException when a value is missing or blank, with its path ({@code code}, {@code name})
     */
    public static Collectivite of(String code, String name, CollectiviteType type) {
        return checked(new Collectivite(code, name, type, null, null, null));
    }

    /**
     * @param code INSEE code of the commune
     * @param name the commune's name
     * @return a collectivité that files as a {@link CollectiviteType#VILLAGE}
     * @throws InvalidInputException when a value is missing or blank, with its path
     */
    public static Collectivite village(String code, String name) {
        return of(code, name, CollectiviteType.VILLAGE);
    }

    /**
     * @param code INSEE code of the commune
     * @param name the commune's name
     * @return a collectivité that files as a {@link CollectiviteType#VILLE}
     * @throws InvalidInputException when a value is missing or blank, with its path
     */
    public static Collectivite ville(String code, String name) {
        return of(code, name, CollectiviteType.VILLE);
    }

    /**
     * @param code SIREN of the intercommunalité
     * @param name the intercommunalité's name
     * @return a collectivité that files as an {@link CollectiviteType#INTERCOMMUNALITE}
     * @throws InvalidInputException when a value is missing or blank, with its path
     */
    public static Collectivite intercommunalite(String code, String name) {
        return of(code, name, CollectiviteType.INTERCOMMUNALITE);
    }

    /**
     * A negative population is reported when the dossier is built or evaluated
     * ({@code collectivite.population}), like the JSON reader reports it in a dossier, so that a
     * test can still make such a dossier to see it rejected.
     *
     * @param population number of inhabitants, 0 or more, or {@code null} when not given
     * @return this collectivité with that population
     */
    public Collectivite withPopulation(Integer population) {
        return new Collectivite(code, name, type, population, departement, region);
    }

    /**
     * @param departement département code ("84", "2A", "971"), or {@code null}
     * @param region      région name, or {@code null}
     * @return this collectivité, located there
     */
    public Collectivite locatedIn(String departement, String region) {
        return new Collectivite(code, name, type, population, departement, region);
    }

    /** The checks of the JSON reader, for a collectivité built in Java. */
    private static Collectivite checked(Collectivite collectivite) {
        List<InputProblem> problems = new ArrayList<>();
        DossierValidator.collectivite(collectivite.code(), collectivite.name(), collectivite.population(), "", problems);
        BuildChecks.throwIfAny(BuildChecks.alone(problems));
        return collectivite;
    }
}
