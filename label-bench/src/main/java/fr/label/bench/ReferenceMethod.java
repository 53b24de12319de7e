package fr.label.bench;

import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.result.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of the default method, restated from docs/method.md on purpose: the
 * reference evaluator must not read them from the rules it checks. A change of a figure in the
 * rules that is not made here too is caught by the agreement test, which is the point.
 *
 * @param edition           the palmarès year
 * @param juryDate          the reference date: 1 December of the year before
 * @param windowYears       an ended action counts when it ended on or after the jury date minus this
 * @param coveredMinActions an enjeu is covered with this many eligible actions
 * @param strongMinServices an enjeu is strong with this many distinct services
 * @param thresholds        the arobases table, in docs/method.md's order (per type, level, then E, A, D, C, S)
 * @param catalogue         the edition's mentions, in catalogue order, with their caps
 * @param mentionMinArobases    a mention needs this level at least
 * @param mentionMinEnjeuActions and this many eligible actions in its enjeu
 * @param mentionMinInnovative  of which this many innovative
 * @param excellenceExists  whether the edition awards the "Territoire d'excellence numérique"
 * @param excellenceFives   how many 5@ results (the current one included) it needs
 * @param excellenceValidity for how many palmarès it is valid, counting the one that awards it
 */
public record ReferenceMethod(int edition, LocalDate juryDate, int windowYears,
                              int coveredMinActions, int strongMinServices,
                              List<Threshold> thresholds, List<MentionRule> catalogue,
                              int mentionMinArobases, int mentionMinEnjeuActions, int mentionMinInnovative,
                              boolean excellenceExists, int excellenceFives, int excellenceValidity) {

    /** The lowest and highest palmarès with a default method (docs/method.md, Editions). */
    public static final int FIRST_EDITION = 2020;
    public static final int LAST_EDITION = 2024;
    /** The enjeu whose coverage is the measure D. */
    public static final String DEMOCRATIE_LOCALE = "DEMOCRATIE_LOCALE";

    /**
     * A mention of an edition's catalogue.
     *
     * @param code  the mention's code
     * @param enjeu the enjeu whose actions qualify for it
     * @param cap   how many dossiers of an edition may receive it, {@code null} for no cap
     */
    public record MentionRule(String code, String enjeu, Integer cap) {
    }

    public ReferenceMethod {
        thresholds = List.copyOf(thresholds);
        catalogue = List.copyOf(catalogue);
    }

    /**
     * The default method of an edition, 2020 to 2024.
     *
     * @throws IllegalArgumentException for another year
     */
    public static ReferenceMethod of(int edition) {
        if (edition < FIRST_EDITION || edition > LAST_EDITION) {
            throw new IllegalArgumentException("no default method for " + edition + "; known: "
                    + FIRST_EDITION + " to " + LAST_EDITION);
        }
        return new ReferenceMethod(edition, LocalDate.of(edition - 1, 12, 1), 2, 1, 2, arobasesTable(),
                catalogue(edition), 3, 3, 1, edition >= 2021, 6, 3);
    }

    /** The years with a default method. */
    public static List<Integer> editions() {
        List<Integer> years = new ArrayList<>();
        for (int year = FIRST_EDITION; year <= LAST_EDITION; year++) {
            years.add(year);
        }
        return years;
    }

    /** The thresholds of one type and level, in table order. */
    public List<Threshold> thresholds(CollectiviteType type, int level) {
        return thresholds.stream().filter(t -> t.type() == type && t.level() == level).toList();
    }

    /** The minimum of a measure for a type and level, or 0 when the level does not constrain it. */
    public int minimum(CollectiviteType type, int level, String measure) {
        return thresholds(type, level).stream().filter(t -> t.measure().equals(measure))
                .mapToInt(Threshold::minimum).findFirst().orElse(0);
    }

    /** The highest level of the table (5). */
    public int topLevel() {
        return thresholds.stream().mapToInt(Threshold::level).max().orElse(1);
    }

    /** docs/method.md, "Levels", read row by row: E, A, then D for 4@, then C and S for 5@. */
    private static List<Threshold> arobasesTable() {
        List<Threshold> table = new ArrayList<>();
        //        type                         level  E   A   D  C  S
        levels(table, CollectiviteType.VILLAGE,
                new int[][]{{2, 3, 5, 0, 0, 0}, {3, 5, 10, 0, 0, 0}, {4, 8, 18, 1, 0, 0}, {5, 11, 30, 0, 4, 3}});
        levels(table, CollectiviteType.VILLE,
                new int[][]{{2, 4, 10, 0, 0, 0}, {3, 7, 20, 0, 0, 0}, {4, 10, 35, 1, 0, 0}, {5, 13, 60, 0, 4, 6}});
        levels(table, CollectiviteType.INTERCOMMUNALITE,
                new int[][]{{2, 4, 8, 0, 0, 0}, {3, 6, 15, 0, 0, 0}, {4, 9, 30, 1, 0, 0}, {5, 12, 50, 0, 4, 5}});
        return table;
    }

    /** Rows of {level, E, A, D, C, S}; 0 means the level has no condition on that measure. */
    private static void levels(List<Threshold> table, CollectiviteType type, int[][] rows) {
        for (int[] row : rows) {
            int level = row[0];
            table.add(new Threshold(type, level, Result.COVERED_ENJEUX, row[1]));
            table.add(new Threshold(type, level, Result.ELIGIBLE_ACTIONS, row[2]));
            if (row[3] > 0) {
                table.add(new Threshold(type, level, Result.DEMOCRATIE_LOCALE_COVERED, row[3]));
            }
            if (row[4] > 0) {
                table.add(new Threshold(type, level, Result.COVERED_CATEGORIES, row[4]));
            }
            if (row[5] > 0) {
                table.add(new Threshold(type, level, Result.STRONG_ENJEUX, row[5]));
            }
        }
    }

    /** docs/method.md, "Editions": the catalogue and caps of each edition (order as in the catalogue). */
    private static List<MentionRule> catalogue(int edition) {
        MentionRule dl = new MentionRule("DEMOCRATIE_LOCALE", "DEMOCRATIE_LOCALE", null);
        MentionRule mn = new MentionRule("MEDIATION_NUMERIQUE", "MEDIATION", null);
        MentionRule ne = new MentionRule("NUMERIQUE_EDUCATIF", "EDUCATION", null);
        MentionRule av = new MentionRule("AROBASE_VERTE", "TRANSITION_ECOLOGIQUE", null);
        return switch (edition) {
            case 2020 -> List.of();
            case 2021 -> List.of(capped(dl, 3), capped(av, 5));
            case 2022 -> List.of(capped(dl, 5), capped(mn, 3), capped(ne, 6), capped(av, 9));
            case 2023 -> List.of(capped(dl, 4), capped(mn, 3), capped(ne, 3), capped(av, 7));
            case 2024 -> List.of(dl, mn, ne, av);
            default -> throw new IllegalArgumentException("no catalogue for " + edition);
        };
    }

    private static MentionRule capped(MentionRule mention, int cap) {
        return new MentionRule(mention.code(), mention.enjeu(), cap);
    }
}
