package fr.label.examples.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The 101 départements of France with their région (the 18 régions since 2016), and how often
 * each région shows up among the example editions' fictional collectivités.
 */
public final class Geography {

    public static final String AURA = "Auvergne-Rhône-Alpes";
    public static final String BFC = "Bourgogne-Franche-Comté";
    public static final String BRETAGNE = "Bretagne";
    public static final String CVL = "Centre-Val de Loire";
    public static final String CORSE = "Corse";
    public static final String GRAND_EST = "Grand Est";
    public static final String HDF = "Hauts-de-France";
    public static final String IDF = "Île-de-France";
    public static final String NORMANDIE = "Normandie";
    public static final String NAQ = "Nouvelle-Aquitaine";
    public static final String OCCITANIE = "Occitanie";
    public static final String PDL = "Pays de la Loire";
    public static final String PACA = "Provence-Alpes-Côte d'Azur";
    public static final String GUADELOUPE = "Guadeloupe";
    public static final String MARTINIQUE = "Martinique";
    public static final String GUYANE = "Guyane";
    public static final String REUNION = "La Réunion";
    public static final String MAYOTTE = "Mayotte";

    private static final Map<String, String> REGION_BY_DEPARTEMENT = new LinkedHashMap<>();
    /** Relative weight of each région among fictional collectivités (roughly its share of the network). */
    private static final Map<String, Double> REGION_WEIGHTS = new LinkedHashMap<>();

    static {
        region(AURA, 13, "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74");
        region(BFC, 4, "21", "25", "39", "58", "70", "71", "89", "90");
        region(BRETAGNE, 6, "22", "29", "35", "56");
        region(CVL, 4, "18", "28", "36", "37", "41", "45");
        region(CORSE, 0.8, "2A", "2B");
        region(GRAND_EST, 8, "08", "10", "51", "52", "54", "55", "57", "67", "68", "88");
        region(HDF, 7, "02", "59", "60", "62", "80");
        region(IDF, 14, "75", "77", "78", "91", "92", "93", "94", "95");
        region(NORMANDIE, 5, "14", "27", "50", "61", "76");
        region(NAQ, 11, "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87");
        region(OCCITANIE, 7, "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82");
        region(PDL, 6, "44", "49", "53", "72", "85");
        region(PACA, 8, "04", "05", "06", "13", "83", "84");
        region(GUADELOUPE, 0.6, "971");
        region(MARTINIQUE, 0.6, "972");
        region(GUYANE, 0.4, "973");
        region(REUNION, 0.8, "974");
        region(MAYOTTE, 0.3, "976");
    }

    private Geography() {
    }

    private static void region(String name, double weight, String... departements) {
        REGION_WEIGHTS.put(name, weight);
        for (String departement : departements) {
            REGION_BY_DEPARTEMENT.put(departement, name);
        }
    }

    /** The région of a département code ("84" → "Provence-Alpes-Côte d'Azur"), or {@code null}. */
    public static String regionOf(String departement) {
        return REGION_BY_DEPARTEMENT.get(departement);
    }

    /** The 18 région names. */
    public static List<String> regions() {
        return List.copyOf(REGION_WEIGHTS.keySet());
    }

    /** The 101 département codes. */
    public static List<String> departements() {
        return List.copyOf(REGION_BY_DEPARTEMENT.keySet());
    }

    /**
     * Draws a département for a fictional collectivité: a région by weight among those accepted,
     * then one of its départements (Paris excepted: it has a single commune, a real one).
     */
    static String drawDepartement(Random random, Predicate<String> regionAccepted) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        REGION_WEIGHTS.forEach((name, weight) -> {
            if (regionAccepted.test(name)) {
                names.add(name);
                weights.add(weight);
            }
        });
        String region = names.get(Draw.weighted(random, weights));
        List<String> departements = REGION_BY_DEPARTEMENT.entrySet().stream()
                .filter(e -> e.getValue().equals(region) && !e.getKey().equals("75"))
                .map(Map.Entry::getKey).toList();
        return departements.get(random.nextInt(departements.size()));
    }
}
