package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.referentiel.Categorie;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static fr.label.dossier.CollectiviteType.INTERCOMMUNALITE;
import static fr.label.dossier.CollectiviteType.VILLAGE;
import static fr.label.dossier.CollectiviteType.VILLE;
import static fr.label.rules.Dossiers.evaluate;
import static fr.label.rules.Dossiers.withMeasures;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every threshold of the method's table, at its boundary, for each type of candidature: the
 * dossier exactly at the threshold reaches the level, one action or one enjeu fewer does not.
 * The figures here are those of docs/method.md (Levels), restated on purpose: a change in thresholds.drl must
 * make one of these fail.
 */
class ArobasesThresholdsTest {

    private static final int EDITION = 2023;

    /** E and A of each level, per type (docs/method.md, Levels). */
    record Level(CollectiviteType type, int level, int enjeux, int actions) {
    }

    static Stream<Level> levels() {
        return Stream.of(
                new Level(VILLAGE, 2, 3, 5), new Level(VILLAGE, 3, 5, 10),
                new Level(VILLAGE, 4, 8, 18), new Level(VILLAGE, 5, 11, 30),
                new Level(VILLE, 2, 4, 10), new Level(VILLE, 3, 7, 20),
                new Level(VILLE, 4, 10, 35), new Level(VILLE, 5, 13, 60),
                new Level(INTERCOMMUNALITE, 2, 4, 8), new Level(INTERCOMMUNALITE, 3, 6, 15),
                new Level(INTERCOMMUNALITE, 4, 9, 30), new Level(INTERCOMMUNALITE, 5, 12, 50));
    }

    /** S required at 5@, per type. */
    private static int strongAtFive(CollectiviteType type) {
        return switch (type) {
            case VILLAGE -> 3;
            case VILLE -> 6;
            case INTERCOMMUNALITE -> 5;
        };
    }

    /** The other conditions of the level, met: D from 4@, C = 4 and S at 5@. */
    private static Dossier at(Level level, int actions, int enjeux) {
        boolean fourOrMore = level.level() >= 4;
        int strong = level.level() == 5 ? strongAtFive(level.type()) : 0;
        int categories = Math.min(4, enjeux);
        return withMeasures(EDITION, level.type(), actions, enjeux, strong, categories, fourOrMore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void theLevelIsReachedExactlyAtItsThresholds(Level level) {
        Result result = evaluate(at(level, level.actions(), level.enjeux()));

        assertThat(result.arobases()).isEqualTo(level.level());
        assertThat(result.eligibleActions()).isEqualTo(level.actions());
        assertThat(result.coveredEnjeux()).isEqualTo(level.enjeux());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void oneEligibleActionFewerDropsTheLevel(Level level) {
        Result result = evaluate(at(level, level.actions() - 1, level.enjeux()));

        assertThat(result.arobases()).isEqualTo(level.level() - 1);
        assertThat(result.nextLevel().unmet()).extracting("measure", "actual", "required")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eligibleActions", level.actions() - 1,
                        level.actions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void oneCoveredEnjeuFewerDropsTheLevel(Level level) {
        Result result = evaluate(at(level, level.actions(), level.enjeux() - 1));

        assertThat(result.arobases()).isEqualTo(level.level() - 1);
        assertThat(result.nextLevel().unmet()).extracting("measure", "actual", "required")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("coveredEnjeux", level.enjeux() - 1,
                        level.enjeux()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CollectiviteType.class)
    void fourArobasesNeedDemocratieLocaleCovered(CollectiviteType type) {
        Level four = levels().filter(l -> l.type() == type && l.level() == 4).findFirst().orElseThrow();

        Result result = evaluate(withMeasures(EDITION, type, four.actions(), four.enjeux(), 0, 4, false));

        assertThat(result.arobases()).isEqualTo(3);
        assertThat(result.nextLevel().unmet()).extracting("measure").containsExactly("democratieLocaleCovered");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CollectiviteType.class)
    void fiveArobasesNeedTheirStrongEnjeux(CollectiviteType type) {
        Level five = levels().filter(l -> l.type() == type && l.level() == 5).findFirst().orElseThrow();
        int strong = strongAtFive(type);

        Result atThreshold = evaluate(withMeasures(EDITION, type, five.actions(), five.enjeux(), strong, 4, true));
        Result oneFewer = evaluate(withMeasures(EDITION, type, five.actions(), five.enjeux(), strong - 1, 4, true));

        assertThat(atThreshold.arobases()).isEqualTo(5);
        assertThat(atThreshold.nextLevel()).isNull();
        assertThat(oneFewer.arobases()).isEqualTo(4);
        assertThat(oneFewer.nextLevel().unmet()).extracting("measure").containsExactly("strongEnjeux");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = CollectiviteType.class, names = {"VILLAGE", "INTERCOMMUNALITE"})
    void fiveArobasesNeedTheFourCategories(CollectiviteType type) {
        Level five = levels().filter(l -> l.type() == type && l.level() == 5).findFirst().orElseThrow();

        Result result = evaluate(withMeasures(EDITION, type, five.actions(), five.enjeux(), strongAtFive(type), 3, true));

        assertThat(result.coveredCategories()).isEqualTo(3);
        assertThat(result.arobases()).isEqualTo(4);
        assertThat(result.nextLevel().unmet()).extracting("measure").containsExactly("coveredCategories");
    }

    /**
     * 13 covered enjeux cannot fit in 3 catégories of 4, so a ville's catégorie condition is
     * tested on a référentiel whose first catégorie holds 7 enjeux.
     */
    @Test
    void fiveArobasesNeedTheFourCategoriesForAVilleToo() {
        Referentiel lopsided = withFirstCategorieTaking(3);
        LabelEngine engine = LabelEngine.builder().edition(EDITION).referentiel(lopsided).build();
        Dossier dossier = fr.label.sketch.DossierSketch.of(EDITION, Dossiers.collectivite(VILLE, "99X01"), lopsided)
                .profile(60, 13, 6, 3, true).build();

        Result result = engine.evaluate(dossier);

        assertThat(result.coveredEnjeux()).isEqualTo(13);
        assertThat(result.coveredCategories()).isEqualTo(3);
        assertThat(result.arobases()).isEqualTo(4);
        assertThat(result.nextLevel().unmet()).extracting("measure").containsExactly("coveredCategories");
    }

    @Test
    void levelsAreCumulativeSoAMissingFourStopsAtThreeEvenWhenFiveHolds() {
        Result result = evaluate(withMeasures(EDITION, VILLE, 60, 13, 6, 4, false));

        assertThat(result.arobases()).isEqualTo(3);
        assertThat(result.nextLevel().arobases()).isEqualTo(4);
        assertThat(result.nextLevel().unmet()).extracting("measure").containsExactly("democratieLocaleCovered");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CollectiviteType.class)
    void aDossierWithNoEligibleActionStillGetsOneArobase(CollectiviteType type) {
        Result result = evaluate(Dossiers.dossier(EDITION, type).build());

        assertThat(result.arobases()).isEqualTo(1);
        assertThat(result.eligibleActions()).isZero();
        assertThat(result.nextLevel().arobases()).isEqualTo(2);
        assertThat(result.nextLevel().uncoveredEnjeux()).hasSize(16);
    }

    @Test
    void everyEditionUsesTheSameDefaultThresholds() {
        for (int edition : LabelEngine.editions()) {
            Result result = evaluate(withMeasures(edition, VILLE, 35, 10, 0, 4, true));
            Result oneFewer = evaluate(withMeasures(edition, VILLE, 34, 10, 0, 4, true));
            assertThat(result.arobases()).as("edition %d", edition).isEqualTo(4);
            assertThat(oneFewer.arobases()).as("edition %d", edition).isEqualTo(3);
        }
    }

    /** The default référentiel with the first {@code moved} enjeux of the last catégorie moved into the first. */
    static Referentiel withFirstCategorieTaking(int moved) {
        Referentiel shipped = Referentiel.defaultReferentiel();
        Categorie first = shipped.categories().get(0);
        Categorie last = shipped.categories().get(shipped.categories().size() - 1);
        List<Enjeu> toMove = shipped.enjeuxOf(last).subList(0, moved);
        List<Enjeu> enjeux = new ArrayList<>();
        for (Categorie categorie : shipped.categories()) {
            for (Enjeu enjeu : shipped.enjeuxOf(categorie)) {
                if (!toMove.contains(enjeu)) {
                    enjeux.add(enjeu);
                }
            }
            if (categorie.equals(first)) {
                toMove.forEach(e -> enjeux.add(new Enjeu(e.code(), e.label(), e.labelEn(), first.code())));
            }
        }
        return new Referentiel("lopsided", shipped.categories(), enjeux, shipped.services());
    }
}
