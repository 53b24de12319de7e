package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.sketch.DossierSketch;
import fr.label.result.Result;

/** Small helpers so that each test reads as the dossier it describes. */
final class Dossiers {

    private Dossiers() {
    }

    static Collectivite collectivite(CollectiviteType type, String code) {
        return Collectivite.of(code, type.label() + " " + code, type);
    }

    /** A sketch of a dossier of this type for the edition, to add actions and history to. */
    static DossierSketch dossier(int edition, CollectiviteType type) {
        return DossierSketch.of(edition, collectivite(type, "99X01"));
    }

    static DossierSketch dossier(int edition, CollectiviteType type, String code) {
        return DossierSketch.of(edition, collectivite(type, code));
    }

    /**
     * A dossier whose eligible actions give exactly these measures: A eligible actions, E covered
     * enjeux over C catégories, S of them strong, démocratie locale covered or not.
     */
    static Dossier withMeasures(int edition, CollectiviteType type, int a, int e, int s, int c, boolean dl) {
        return dossier(edition, type).profile(a, e, s, c, dl).build();
    }

    static Result evaluate(Dossier dossier) {
        return LabelEngine.forEdition(dossier.edition()).evaluate(dossier);
    }
}
