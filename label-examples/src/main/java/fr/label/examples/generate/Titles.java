package fr.label.examples.generate;

import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Titles of the fiches actions: the service's label, with variations a collectivité would write. */
final class Titles {

    private static final List<String> VARIANTS = List.of(
            "%s : évolution du dispositif",
            "%s : extension à %s",
            "%s : deuxième phase",
            "%s : refonte",
            "%s : suivi et maintenance",
            "%s : accompagnement des usagers",
            "%s : bilan et évaluation",
            "%s (expérimentation)",
            "%s : mutualisation avec %s",
            "%s : ouverture aux partenaires",
            "%s : formation des agents",
            "%s : enquête de satisfaction",
            "%s : accessibilité renforcée",
            "%s : montée en charge",
            "%s : déploiement en %s",
            "%s : communication auprès des habitants",
            "%s : co-construction avec les habitants",
            "%s : partenariat avec le département",
            "%s : tableau de bord et indicateurs",
            "%s : renouvellement du marché");

    /** Service codes that are not in the shipped référentiel (older or local names), with a title. */
    static final List<String[]> UNKNOWN_SERVICES = List.of(
            new String[]{"cyber-base", "Cyber-base municipale"},
            new String[]{"borne-visio-mairie", "Borne de visio-accueil en mairie"},
            new String[]{"kiosque-presse-numerique", "Kiosque de presse numérique"},
            new String[]{"portail-citoyen-v1", "Ancien portail citoyen"},
            new String[]{"radio-locale-web", "Radio locale diffusée sur le web"},
            new String[]{"espace-multimedia", "Espace multimédia de quartier"},
            new String[]{"marche-noel-virtuel", "Marché de Noël virtuel"},
            new String[]{"geocaching", "Parcours de géocaching"},
            new String[]{"passeport-internet", "Passeport Internet et multimédia"},
            new String[]{"visio-permanences-elus", "Permanences des élus en visioconférence"});

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private Titles() {
    }

    /** A title for an action of the service, not yet used in the dossier (recorded in {@code used}). */
    static String title(Service service, CollectiviteType type, LocalDate start, boolean firstOfService,
                        Random random, Set<String> used) {
        String label = service.label();
        if (firstOfService && !used.contains(label) && Draw.chance(random, 0.7)) {
            used.add(label);
            return label;
        }
        for (int attempt = 0; attempt < 40; attempt++) {
            String title = variant(label, Draw.between(random, 0, VARIANTS.size() - 1), type, start);
            if (used.add(title)) {
                return title;
            }
        }
        for (int n = 2; ; n++) {
            String title = label + " (" + n + ")";
            if (used.add(title)) {
                return title;
            }
        }
    }

    private static String variant(String label, int index, CollectiviteType type, LocalDate start) {
        String template = VARIANTS.get(index);
        return switch (index) {
            case 1 -> String.format(template, label, switch (type) {
                case VILLAGE -> "tous les hameaux";
                case VILLE -> "tous les quartiers";
                case INTERCOMMUNALITE -> "toutes les communes membres";
            });
            case 8 -> String.format(template, label, type == CollectiviteType.INTERCOMMUNALITE
                    ? "les communes membres" : "l'intercommunalité");
            case 14 -> String.format(template, label, start.getYear());
            default -> String.format(template, label);
        };
    }

    /** The title of an action announced but not yet started on the jury date. */
    static String announced(Service service, LocalDate start) {
        return service.label() + " : lancement prévu en " + MONTHS[start.getMonthValue() - 1] + " " + start.getYear();
    }

    /** The title of an action that ended long ago. */
    static String ended(Service service, LocalDate end) {
        return service.label() + " (dispositif terminé en " + end.getYear() + ")";
    }
}
