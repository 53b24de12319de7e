package fr.label.examples.generate;

import fr.label.dossier.CollectiviteType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of the default method the generator plans with: a copy of
 * {@code label-rules/.../common/thresholds.drl} and of each edition's catalogue. The generator
 * only aims with them; the levels, mentions and excellence statuses of the example editions are
 * decided by the rules, and the module's tests check that they come out as planned.
 */
final class Method {

    static final String DEMOCRATIE_LOCALE = "DEMOCRATIE_LOCALE";
    static final String MEDIATION_NUMERIQUE = "MEDIATION_NUMERIQUE";
    static final String NUMERIQUE_EDUCATIF = "NUMERIQUE_EDUCATIF";
    static final String AROBASE_VERTE = "AROBASE_VERTE";

    /** Mention code → enjeu code. */
    static final Map<String, String> MENTION_ENJEU = Map.of(
            DEMOCRATIE_LOCALE, "DEMOCRATIE_LOCALE",
            MEDIATION_NUMERIQUE, "MEDIATION",
            NUMERIQUE_EDUCATIF, "EDUCATION",
            AROBASE_VERTE, "TRANSITION_ECOLOGIQUE");

    static final int MENTION_MIN_LEVEL = 3;
    static final int MENTION_MIN_ACTIONS = 3;
    static final int EXCELLENCE_FIVES = 6;
    static final int EXCELLENCE_VALIDITY = 3;
    static final int WINDOW_YEARS = 2;

    /** Per type: {E, A} minimum for levels 2 to 5 (index 2..5), and S for 5@. */
    private static final Map<CollectiviteType, int[][]> LEVELS = Map.of(
            CollectiviteType.VILLAGE, new int[][]{null, null, {3, 5}, {5, 10}, {8, 18}, {11, 30}},
            CollectiviteType.VILLE, new int[][]{null, null, {4, 10}, {7, 20}, {10, 35}, {13, 60}},
            CollectiviteType.INTERCOMMUNALITE, new int[][]{null, null, {4, 8}, {6, 15}, {9, 30}, {12, 50}});
    private static final Map<CollectiviteType, Integer> STRONG_FOR_FIVE = Map.of(
            CollectiviteType.VILLAGE, 3, CollectiviteType.VILLE, 6, CollectiviteType.INTERCOMMUNALITE, 5);

    private Method() {
    }

    static int enjeux(CollectiviteType type, int level) {
        return LEVELS.get(type)[level][0];
    }

    static int actions(CollectiviteType type, int level) {
        return LEVELS.get(type)[level][1];
    }

    static int strongForFive(CollectiviteType type) {
        return STRONG_FOR_FIVE.get(type);
    }

    static LocalDate juryDate(int edition) {
        return LocalDate.of(edition - 1, 12, 1);
    }

    /** The level the measures give (A eligible actions, E covered enjeux, S strong, C catégories, D). */
    static int level(CollectiviteType type, int a, int e, int s, int c, boolean d) {
        int level = 1;
        if (e >= enjeux(type, 2) && a >= actions(type, 2)) {
            level = 2;
            if (e >= enjeux(type, 3) && a >= actions(type, 3)) {
                level = 3;
                if (e >= enjeux(type, 4) && a >= actions(type, 4) && d) {
                    level = 4;
                    if (e >= enjeux(type, 5) && a >= actions(type, 5) && c == 4 && s >= strongForFive(type)) {
                        level = 5;
                    }
                }
            }
        }
        return level;
    }

    /** The edition's mention catalogue: mention code → cap ({@code null} = no cap), in catalogue order. */
    static Map<String, Integer> catalogue(int edition) {
        Map<String, Integer> caps = new LinkedHashMap<>();
        switch (edition) {
            case 2020 -> { }
            case 2021 -> {
                caps.put(DEMOCRATIE_LOCALE, 3);
                caps.put(AROBASE_VERTE, 5);
            }
            case 2022 -> {
                caps.put(DEMOCRATIE_LOCALE, 5);
                caps.put(MEDIATION_NUMERIQUE, 3);
                caps.put(NUMERIQUE_EDUCATIF, 6);
                caps.put(AROBASE_VERTE, 9);
            }
            case 2023 -> {
                caps.put(DEMOCRATIE_LOCALE, 4);
                caps.put(MEDIATION_NUMERIQUE, 3);
                caps.put(NUMERIQUE_EDUCATIF, 3);
                caps.put(AROBASE_VERTE, 7);
            }
            case 2024 -> {
                caps.put(DEMOCRATIE_LOCALE, null);
                caps.put(MEDIATION_NUMERIQUE, null);
                caps.put(NUMERIQUE_EDUCATIF, null);
                caps.put(AROBASE_VERTE, null);
            }
            default -> throw new IllegalArgumentException("no example edition " + edition);
        }
        return caps;
    }
}
