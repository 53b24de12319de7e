package fr.label.rules;

import fr.label.sketch.DossierSketch;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Excellence;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Result;
import fr.label.result.Topic;
import org.junit.jupiter.api.Test;

import static fr.label.dossier.CollectiviteType.VILLE;
import static org.assertj.core.api.Assertions.assertThat;

/** "Territoire d'excellence numérique": six 5@ with the current one, valid three palmarès. */
class ExcellenceTest {

    private static DossierSketch fiveArobases(int edition) {
        return Dossiers.dossier(edition, VILLE).profile(60, 13, 6, 4, true);
    }

    private static Excellence excellenceOf(DossierSketch sketch) {
        return Dossiers.evaluate(sketch.build()).excellence();
    }

    @Test
    void theSixthFiveArobasesIsAwardedTheDistinctionForThreePalmares() {
        Result result = Dossiers.evaluate(fiveArobases(2023).fiveArobasesIn(2016, 2017, 2019, 2021, 2022).build());

        assertThat(result.arobases()).isEqualTo(5);
        assertThat(result.excellence()).isEqualTo(new Excellence(ExcellenceStatus.AWARDED, 2025));
        assertThat(result.explanationsOf(Topic.EXCELLENCE)).singleElement()
                .satisfies(why -> assertThat(why.message()).contains("6e fois"));
    }

    @Test
    void theFifthFiveArobasesIsNotEnough() {
        assertThat(excellenceOf(fiveArobases(2023).fiveArobasesIn(2018, 2019, 2021, 2022)))
                .isEqualTo(Excellence.NONE);
    }

    @Test
    void pastFiveArobasesDoNotCountWithoutFiveArobasesNow() {
        DossierSketch fourNow = Dossiers.dossier(2023, VILLE).profile(35, 10, 0, 4, true)
                .fiveArobasesIn(2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022);

        assertThat(excellenceOf(fourNow)).isEqualTo(Excellence.NONE);
    }

    @Test
    void aDistinctionAwardedTwoEditionsAgoIsStillHeldThisYear() {
        DossierSketch holder = Dossiers.dossier(2023, VILLE).profile(20, 7, 0, 4, false)
                .history(HistoryEntry.withExcellence(2021, 5));

        assertThat(excellenceOf(holder)).isEqualTo(new Excellence(ExcellenceStatus.HOLDER, 2023));
    }

    @Test
    void aHolderIsNotAwardedAgainWhileHoldingIt() {
        DossierSketch holder = fiveArobases(2023).fiveArobasesIn(2016, 2017, 2018, 2019, 2020)
                .history(HistoryEntry.withExcellence(2022, 5));

        assertThat(excellenceOf(holder)).isEqualTo(new Excellence(ExcellenceStatus.HOLDER, 2024));
    }

    @Test
    void threeEditionsLaterTheDistinctionHasExpiredAndCanBeAwardedAgain() {
        DossierSketch expired = fiveArobases(2024).fiveArobasesIn(2017, 2018, 2019, 2020, 2022, 2023)
                .history(HistoryEntry.withExcellence(2021, 5));
        DossierSketch expiredAndFourNow = Dossiers.dossier(2024, VILLE).profile(35, 10, 0, 4, true)
                .history(HistoryEntry.withExcellence(2021, 5));

        assertThat(excellenceOf(expired)).isEqualTo(new Excellence(ExcellenceStatus.AWARDED, 2026));
        assertThat(excellenceOf(expiredAndFourNow)).isEqualTo(Excellence.NONE);
    }

    @Test
    void theLatestAwardDecidesTheValidity() {
        DossierSketch twice = Dossiers.dossier(2024, VILLE).profile(20, 7, 0, 4, false)
                .history(HistoryEntry.withExcellence(2018, 5)).history(HistoryEntry.withExcellence(2022, 5));

        assertThat(excellenceOf(twice)).isEqualTo(new Excellence(ExcellenceStatus.HOLDER, 2024));
    }

    @Test
    void thereIsNoDistinctionBefore2021() {
        Result result = Dossiers.evaluate(fiveArobases(2020).fiveArobasesIn(2013, 2014, 2015, 2016, 2017, 2018, 2019).build());

        assertThat(result.arobases()).isEqualTo(5);
        assertThat(result.excellence()).isEqualTo(Excellence.NONE);
        assertThat(result.explanationsOf(Topic.EXCELLENCE)).singleElement()
                .extracting("rule").isEqualTo("Excellence: not awarded in this edition");
    }
}
