package fr.label.examples.generate;

import fr.label.LabelEngine;
import fr.label.Threshold;
import fr.label.bench.ReferenceMethod;
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
 * generator aims at what the rules decide; the few figures the engine does not expose (the
 * two-year window, the mention and excellence figures) come from the reference evaluator's
 * restatement of docs/method.md ({@link ReferenceMethod}), which the agreement test holds equal to the
 * rules. The generator only aims with them: the example editions' levels, mentions and
 * excellence statuses are decided by the rules, and the module's tests check them.
 */
final class Method {

    // The codes the generator's script names mentions by (the catalogues come from the rules).
    static final String DEMOCRATIE_LOCALE = "DEMOCRATIE_LOCALE";
    static final String MEDIATION_NUMERIQUE = "MEDIATION_NUMERIQUE";
    static final String NUMERIQUE_EDUCATIF = "NUMERIQUE_EDUCATIF";
    static final String AROBASE_VERTE = "AROBASE_VERTE";
    /** The enjeu whose coverage is the measure D: a code of the référentiel, not a figure. */
    static final String DEMOCRATIE_LOCALE_ENJEU = ReferenceMethod.DEMOCRATIE_LOCALE;

    private static final Map<Integer, Method> BY_EDITION = new ConcurrentHashMap<>();

    private final LocalDate juryDate;
    private final List<Threshold> thresholds;
    /** Mention code → cap ({@code null} = no cap), in catalogue order. */
    private final Map<String, Integer> catalogue;
    private final Map<String, String> mentionEnjeu;
    private final ReferenceMethod unexposed;

    private Method(LabelEngine engine, ReferenceMethod unexposed) {
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
        this.unexposed = unexposed;
    }

    /** The method of an edition, read once from its shipped rules. */
    static Method of(int edition) {
        return BY_EDITION.computeIfAbsent(edition,
                year -> new Method(LabelEngine.forEdition(year), ReferenceMethod.of(year)));
    }

    LocalDate juryDate() {
        return juryDate;
    }

    /** An ended action counts when it ended on or after the jury date minus this many years. */
    int windowYears() {
        return unexposed.windowYears();
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

    /**
     * The level the measures give (A eligible actions, E covered enjeux, S strong, C catégories,
     * D démocratie locale covered): the highest level whose thresholds, and those of every level
     * below, are all met.
     */
    int level(CollectiviteType type, int a, int e, int s, int c, boolean d) {
        Map<String, Integer> measures = Map.of(Result.ELIGIBLE_ACTIONS, a, Result.COVERED_ENJEUX, e,
                Result.STRONG_ENJEUX, s, Result.COVERED_CATEGORIES, c, Result.DEMOCRATIE_LOCALE_COVERED, d ? 1 : 0);
        int top = thresholds.stream().filter(t -> t.type() == type).mapToInt(Threshold::level).max().orElse(1);
        int level = 1;
        for (int next = 2; next <= top; next++) {
            int candidate = next;
            boolean met = thresholds.stream().filter(t -> t.type() == type && t.level() == candidate)
                    .allMatch(t -> measures.getOrDefault(t.measure(), 0) >= t.minimum());
            if (!met) {
                break;
            }
            level = next;
        }
        return level;
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

    /** A mention needs this level at least. */
    int mentionMinLevel() {
        return unexposed.mentionMinArobases();
    }

    /** A mention needs this many eligible actions in its enjeu. */
    int mentionMinActions() {
        return unexposed.mentionMinEnjeuActions();
    }

    /** Of which this many innovative. */
    int mentionMinInnovative() {
        return unexposed.mentionMinInnovative();
    }

    /** The excellence distinction needs this many 5@ results, the current one included. */
    int excellenceFives() {
        return unexposed.excellenceFives();
    }

    /** For how many palmarès the distinction is valid, counting the one that awards it. */
    int excellenceValidity() {
        return unexposed.excellenceValidity();
    }
}
