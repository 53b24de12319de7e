package fr.label.examples.generate;

import fr.label.LabelEngine;
import fr.label.Threshold;
import fr.label.dossier.CollectiviteType;
import fr.label.result.Mention;
import fr.label.result.Result;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures of an edition's method the generator plans with. The arobases table, the mention
 * catalogue (enjeux and caps) and the jury date are read from the edition's engine, so the
 * generator aims at what the rules decide; the two figures the engine does not expose (the
 * two-year window, the six 5@ of the excellence) are the generator's own aims, written below.
 * The generator only aims with them: the engine then evaluates every dossier it wrote, and a
 * result that misses the dossier's intent stops it ({@link ExampleEditionsGenerator}).
 */
final class Method {

    // The codes the generator's script names mentions by (the catalogues come from the rules).
    static final String DEMOCRATIE_LOCALE = "DEMOCRATIE_LOCALE";
    static final String MEDIATION_NUMERIQUE = "MEDIATION_NUMERIQUE";
    static final String NUMERIQUE_EDUCATIF = "NUMERIQUE_EDUCATIF";
    static final String AROBASE_VERTE = "AROBASE_VERTE";
    /** The enjeu whose coverage is the measure D: a code of the référentiel, not a figure. */
    static final String DEMOCRATIE_LOCALE_ENJEU = "DEMOCRATIE_LOCALE";
    // The figures the engine does not expose, as the default method states them (README, "The method
    // in one table"). Only aims: a dossier whose result misses its intent stops the generator.
    private static final int WINDOW_YEARS = 2;
    private static final int EXCELLENCE_FIVES = 6;

    private static final Map<Integer, Method> BY_EDITION = new ConcurrentHashMap<>();

    private final LocalDate juryDate;
    private final List<Threshold> thresholds;
    /** Mention code → cap ({@code null} = no cap), in catalogue order. */
    private final Map<String, Integer> catalogue;
    private final Map<String, String> mentionEnjeu;

    private Method(LabelEngine engine) {
        this.juryDate = engine.juryDate();
        this.thresholds = engine.thresholds();
        Map<String, Integer> caps = new LinkedHashMap<>();
        Map<String, String> enjeux = new LinkedHashMap<>();
        for (Mention mention : engine.catalogue()) {
            caps.put(mention.code(), mention.cap());
            enjeux.put(mention.code(), mention.enjeu());
        }
        this.catalogue = Collections.unmodifiableMap(caps);
        this.mentionEnjeu = Collections.unmodifiableMap(enjeux);
    }

    /** The method of an edition, read once from its shipped rules. */
    static Method of(int edition) {
        return BY_EDITION.computeIfAbsent(edition, year -> new Method(LabelEngine.forEdition(year)));
    }

    LocalDate juryDate() {
        return juryDate;
    }

    /** An ended action counts when it ended on or after the jury date minus this many years. */
    int windowYears() {
        return WINDOW_YEARS;
    }

    /** The covered enjeux (E) a type needs for a level. */
    int enjeux(CollectiviteType type, int level) {
        return minimum(type, level, Result.COVERED_ENJEUX);
    }

    /** The eligible actions (A) a type needs for a level. */
    int actions(CollectiviteType type, int level) {
        return minimum(type, level, Result.ELIGIBLE_ACTIONS);
    }

    /** The strong enjeux (S) a type needs for 5@. */
    int strongForFive(CollectiviteType type) {
        return minimum(type, 5, Result.STRONG_ENJEUX);
    }

    private int minimum(CollectiviteType type, int level, String measure) {
        return thresholds.stream().filter(t -> t.type() == type && t.level() == level && t.measure().equals(measure))
                .mapToInt(Threshold::minimum).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "the rules set no " + measure + " for " + type + " " + level + "@"));
    }

    /** The edition's mention catalogue: mention code → cap ({@code null} = no cap), in catalogue order. */
    Map<String, Integer> catalogue() {
        return catalogue;
    }

    /** The enjeu whose actions qualify for a mention of the catalogue. */
    String mentionEnjeu(String mention) {
        String enjeu = mentionEnjeu.get(mention);
        if (enjeu == null) {
            throw new IllegalArgumentException("no mention " + mention + " in the catalogue " + catalogue.keySet());
        }
        return enjeu;
    }

    /** The excellence distinction needs this many 5@ results, the current one included. */
    int excellenceFives() {
        return EXCELLENCE_FIVES;
    }
}
