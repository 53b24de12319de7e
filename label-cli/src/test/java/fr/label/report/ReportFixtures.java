package fr.label.report;

import fr.label.LabelEngine;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.sketch.DossierSketch;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Palmares;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A test edition 2023 of 36 dossiers built from counts: the three types at every level,
 * mentions (more eligible than the cap for one of them), a distinction awarded and one held,
 * ineligible actions of each reason, names with accents, apostrophes and markup, one dossier
 * without région and one invalid dossier.
 */
final class ReportFixtures {

    static final int EDITION = 2023;

    private static Palmares palmares;

    private ReportFixtures() {
    }

    /** The evaluated test edition (evaluated once per test JVM). */
    static synchronized Palmares palmares() {
        if (palmares == null) {
            palmares = LabelEngine.forEdition(EDITION).evaluateEdition(dossiers());
        }
        return palmares;
    }

    private static Collectivite town(String code, String name, String dept, String region, int population) {
        return Collectivite.ville(code, name).withPopulation(population).locatedIn(dept, region);
    }

    private static Collectivite village(String code, String name, String dept, String region, int population) {
        return Collectivite.village(code, name).withPopulation(population).locatedIn(dept, region);
    }

    private static Collectivite territory(String code, String name, String dept, String region, int population) {
        return Collectivite.intercommunalite(code, name).withPopulation(population).locatedIn(dept, region);
    }

    static List<Dossier> dossiers() {
        String paca = "Provence-Alpes-Côte d'Azur";
        String occ = "Occitanie";
        String idf = "Île-de-France";
        String bre = "Bretagne";
        String ara = "Auvergne-Rhône-Alpes";
        List<Dossier> dossiers = new ArrayList<>();
        // Villes at every level; 5@ ones with the history for the distinction.
        dossiers.add(DossierSketch.of(EDITION, town("84031", "Carpentras", "84", paca, 29000))
                .profile(70, 14, 7, 4, true).innovativeActionsIn("EDUCATION", 4)
                .history(2022, 5).build());
        dossiers.add(DossierSketch.of(EDITION, town("13056", "Martigues", "13", paca, 48000))
                .profile(80, 15, 8, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 3)
                .fiveArobasesIn(2018, 2019, 2020, 2021, 2022).build());
        dossiers.add(DossierSketch.of(EDITION, town("35238", "Rennes", "35", bre, 220000))
                .profile(90, 16, 9, 4, true).innovativeActionsIn("DEMOCRATIE_LOCALE", 5)
                .history(HistoryEntry.withExcellence(2021, 5)).history(2022, 5).build());
        dossiers.add(DossierSketch.of(EDITION, town("84081", "Monteux", "84", paca, 14000))
                .profile(51, 11, 3, 4, true).innovativeActionsIn("EDUCATION", 2)
                .history(2022, 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("84039", "Courthézon", "84", paca, 5600))
                .profile(46, 10, 2, 3, true).history(2022, 4).build());
        dossiers.add(DossierSketch.of(EDITION, town("91228", "Évry-Courcouronnes", "91", idf, 67000))
                .profile(40, 12, 4, 4, true).innovativeActionsIn("MEDIATION", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("94038", "L'Haÿ-les-Roses", "94", idf, 31000))
                .profile(25, 8, 2, 3, false).innovativeActionsIn("EDUCATION", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("13047", "Istres", "13", paca, 43000))
                .profile(38, 10, 3, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("13063", "Miramas", "13", paca, 26000))
                .profile(22, 7, 1, 3, false).build());
        dossiers.add(DossierSketch.of(EDITION, town("13081", "Rognac", "13", paca, 12000))
                .profile(21, 7, 2, 3, true).innovativeActionsIn("DEMOCRATIE_LOCALE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("13078", "Port-de-Bouc", "13", paca, 17000))
                .profile(6, 3, 0, 2, false).build());
        dossiers.add(DossierSketch.of(EDITION, town("31555", "Toulouse", "31", occ, 500000))
                .profile(65, 13, 6, 4, true).innovativeActionsIn("MEDIATION", 4).history(2022, 5).build());
        dossiers.add(DossierSketch.of(EDITION, town("34172", "Montpellier", "34", occ, 300000))
                .profile(36, 10, 2, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("30189", "Nîmes", "30", occ, 148000))
                .profile(12, 5, 1, 2, false).build());
        dossiers.add(DossierSketch.of(EDITION, town("69123", "Lyon", "69", ara, 520000))
                .profile(30, 9, 2, 3, true).innovativeActionsIn("DEMOCRATIE_LOCALE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, town("38185", "Grenoble", "38", ara, 158000))
                .profile(62, 13, 6, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 4).build());
        dossiers.add(DossierSketch.of(EDITION, town("29019", "Brest", "29", bre, 140000))
                .profile(3, 2, 0, 1, false).build());
        // A town whose actions fail for every reason, and one with no région.
        DossierSketch mixed = DossierSketch.of(EDITION, town("56121", "Ploërmel", "56", bre, 10000))
                .profile(12, 5, 1, 2, true);
        mixed.action(Action.builder("a-001").title("Doublon du portail").services(firstService("EDUCATION"))
                .start(LocalDate.of(2021, 3, 1)).build());
        mixed.action(Action.builder("x-unknown").title("Service hors référentiel").services("NOT_A_SERVICE")
                .start(LocalDate.of(2021, 3, 1)).build());
        mixed.action(Action.builder("x-future").title("Projet de 2023").services(firstService("CULTURE_PATRIMOINE"))
                .start(LocalDate.of(2023, 2, 1)).build());
        mixed.action(Action.builder("x-old").title("Ancien site « Mairie & Vous »").services(firstService("IDENTITE"))
                .start(LocalDate.of(2015, 1, 1)).end(LocalDate.of(2018, 6, 30)).build());
        mixed.action(Action.builder("x-warn").title("Action avec un code inconnu")
                .services(firstService("SOLIDARITES"), "UNKNOWN_CODE").start(LocalDate.of(2021, 3, 1)).build());
        dossiers.add(mixed.build());
        dossiers.add(DossierSketch.of(EDITION, Collectivite.ville("99001", "Ville-sans-Région").withPopulation(8000))
                .profile(11, 4, 0, 2, false).build());

        // Villages.
        dossiers.add(DossierSketch.of(EDITION, village("84052", "Gigondas", "84", paca, 500))
                .profile(34, 12, 4, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, village("84009", "Aubignan", "84", paca, 5400))
                .profile(20, 9, 2, 3, true).build());
        dossiers.add(DossierSketch.of(EDITION, village("34270", "Saint-Guilhem-le-Désert", "34", occ, 250))
                .profile(12, 6, 1, 3, false).innovativeActionsIn("EDUCATION", 3).build());
        dossiers.add(DossierSketch.of(EDITION, village("12145", "Najac", "12", occ, 750))
                .profile(6, 3, 0, 2, false).build());
        dossiers.add(DossierSketch.of(EDITION, village("22113", "Lanvellec", "22", bre, 560))
                .profile(2, 1, 0, 1, false).build());
        dossiers.add(DossierSketch.of(EDITION, village("07186", "Les Ollières-sur-Eyrieux", "07", ara, 900))
                .profile(19, 8, 1, 3, true).innovativeActionsIn("DEMOCRATIE_LOCALE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, village("2A041", "Bonifacio", "2A", "Corse", 3000))
                .profile(8, 4, 0, 2, false).build());
        dossiers.add(DossierSketch.of(EDITION, village("63113", "Châtel-Guyon", "63", ara, 6000))
                .profile(0, 0, 0, 0, false).build());

        // Intercommunalités.
        dossiers.add(DossierSketch.of(EDITION, territory("200035087", "CA Ventoux-Comtat Venaissin", "84", paca, 70000))
                .profile(55, 13, 6, 4, true).innovativeActionsIn("MEDIATION", 3).build());
        dossiers.add(DossierSketch.of(EDITION, territory("243500139", "Rennes Métropole", "35", bre, 450000))
                .profile(32, 10, 2, 4, true).innovativeActionsIn("DEMOCRATIE_LOCALE", 3).build());
        dossiers.add(DossierSketch.of(EDITION, territory("200066793", "CC du Pays d'Apt", "84", paca, 30000))
                .profile(16, 6, 1, 3, false).build());
        dossiers.add(DossierSketch.of(EDITION, territory("243100518", "Toulouse Métropole", "31", occ, 800000))
                .profile(9, 4, 0, 2, false).build());
        dossiers.add(DossierSketch.of(EDITION, territory("200040715", "Grenoble-Alpes Métropole", "38", ara, 450000))
                .profile(4, 2, 0, 1, false).build());
        dossiers.add(DossierSketch.of(EDITION, territory("200054807", "Métropole Nice Côte d'Azur", "06", paca, 550000))
                .profile(33, 9, 3, 4, true).innovativeActionsIn("EDUCATION", 3).build());
        dossiers.add(DossierSketch.of(EDITION, territory("200023414", "Métropole Rouen Normandie", "76", "Normandie", 490000))
                .profile(60, 14, 7, 4, true).innovativeActionsIn("TRANSITION_ECOLOGIQUE", 5).build());
        // An invalid dossier: negative population. It is rejected, the others go on.
        dossiers.add(DossierSketch.of(EDITION, Collectivite.ville("99999", "Ville-Invalide").withPopulation(-5))
                .profile(10, 4, 0, 2, false).build());
        return dossiers;
    }

    private static String firstService(String enjeu) {
        var referentiel = fr.label.referentiel.Referentiel.defaultReferentiel();
        return referentiel.servicesOf(referentiel.enjeu(enjeu)).get(0).code();
    }
}
