package fr.label.dossier;

import java.util.Objects;

/**
 * A commune or an intercommunalité that files a dossier.
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

    public Collectivite {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A collectivité known only by its code, name and type. */
    public static Collectivite of(String code, String name, CollectiviteType type) {
        return new Collectivite(code, name, type, null, null, null);
    }

    public static Collectivite village(String code, String name) {
        return of(code, name, CollectiviteType.VILLAGE);
    }

    public static Collectivite ville(String code, String name) {
        return of(code, name, CollectiviteType.VILLE);
    }

    public static Collectivite intercommunalite(String code, String name) {
        return of(code, name, CollectiviteType.INTERCOMMUNALITE);
    }

    public Collectivite withPopulation(Integer population) {
        return new Collectivite(code, name, type, population, departement, region);
    }

    public Collectivite locatedIn(String departement, String region) {
        return new Collectivite(code, name, type, population, departement, region);
    }
}
