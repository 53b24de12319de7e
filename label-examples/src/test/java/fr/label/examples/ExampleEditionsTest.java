package fr.label.examples;

import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.result.ActionResult;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static fr.label.examples.EvaluatedEditions.dossier;
import static fr.label.examples.EvaluatedEditions.historyEntry;
import static fr.label.examples.EvaluatedEditions.palmares;
import static fr.label.examples.EvaluatedEditions.result;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example editions, evaluated with the shipped rules, give the published palmarès figures
 * (the published facts listed in the README and label-examples/EXAMPLES.md).
 */
class ExampleEditionsTest {

    private static final String DL = "DEMOCRATIE_LOCALE";
    private static final String MN = "MEDIATION_NUMERIQUE";
    private static final String NE = "NUMERIQUE_EDUCATIF";
    private static final String AV = "AROBASE_VERTE";

    static List<Integer> years() {
        return ExampleEditions.years();
    }

    private static PalmaresSummary summary(int year) {
        return palmares(year).summary();
    }

    private static Set<String> codesWith(int year, ExcellenceStatus status) {
        return palmares(year).results().stream().filter(r -> r.excellence().status() == status)
                .map(Result::code).collect(Collectors.toSet());
    }

    private static Set<String> codesAwarded(int year, String mention) {
        return palmares(year).results().stream().filter(r -> r.hasMention(mention))
                .map(Result::code).collect(Collectors.toSet());
    }

    private static Map<CollectiviteType, Integer> byType(int villages, int villes, int territoires) {
        return Map.of(CollectiviteType.VILLAGE, villages, CollectiviteType.VILLE, villes,
                CollectiviteType.INTERCOMMUNALITE, territoires);
    }

    // ------------------------------------------------------------------ every edition

    @ParameterizedTest
    @MethodSource("years")
    void everyDossierOfEveryEditionIsValid(int year) {
        assertThat(palmares(year).rejections()).isEmpty();
        assertThat(summary(year).participants()).isEqualTo(EvaluatedEditions.candidatures(year).dossiers().size());
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyIneligibilityReasonOccursInEveryEdition(int year) {
        Map<String, Long> reasons = palmares(year).results().stream().flatMap(r -> r.actions().stream())
                .filter(a -> !a.eligible())
                .collect(Collectors.groupingBy(ActionResult::reason, TreeMap::new, Collectors.counting()));
        assertThat(reasons).containsOnlyKeys(ActionResult.DUPLICATE, ActionResult.UNKNOWN_SERVICE,
                ActionResult.NOT_STARTED, ActionResult.TOO_OLD);
    }

    @ParameterizedTest
    @MethodSource("years")
    void ineligibleActionsAreAFewPercentOfThoseFiled(int year) {
        PalmaresSummary summary = summary(year);
        double ineligible = 1.0 - (double) summary.actionsEligible() / summary.actionsFiled();
        assertThat(ineligible).isBetween(0.02, 0.08);
    }

    @ParameterizedTest
    @MethodSource("years")
    void innovativeActionsAreAMinority(int year) {
        List<Dossier> dossiers = EvaluatedEditions.candidatures(year).dossiers();
        long actions = dossiers.stream().mapToLong(d -> d.actions().size()).sum();
        long innovative = dossiers.stream().flatMap(d -> d.actions().stream()).filter(a -> a.innovative()).count();
        long ended = dossiers.stream().flatMap(d -> d.actions().stream()).filter(a -> a.end() != null).count();
        assertThat(innovative).isPositive().isLessThan(actions / 10);
        assertThat(ended).isPositive().isLessThan(actions / 4);
    }

    @ParameterizedTest
    @MethodSource("years")
    void mostParticipantsAreAtTwoToFourArobasesAndEveryLevelOccurs(int year) {
        PalmaresSummary summary = summary(year);
        for (int level = 1; level <= 5; level++) {
            assertThat(summary.atArobases(level)).as("%s@", level).isPositive();
        }
        int middle = summary.atArobases(2) + summary.atArobases(3) + summary.atArobases(4);
        assertThat(middle).isGreaterThan(summary.participants() / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {2021, 2022, 2023})
    void cappedMentionsGoToFewerDossiersThanAreEligible(int year) {
        PalmaresSummary summary = summary(year);
        for (Mention mention : palmares(year).catalogue()) {
            assertThat(summary.mentionsEligible().get(mention.code()))
                    .as(mention.code()).isGreaterThan(summary.mentionsAwarded().get(mention.code()));
        }
    }

    // ------------------------------------------------------------------ 2020

    @Test
    void edition2020Labels232CollectivitesOf45Villages13TerritoiresAnd174Villes() {
        assertThat(summary(2020).participants()).isEqualTo(232);
        assertThat(summary(2020).byType()).isEqualTo(byType(45, 174, 13));
    }

    @Test
    void edition2020GivesTheEtangDeBerreTownsTheirPublishedLevels() {
        assertThat(result(2020, "13056").arobases()).isEqualTo(5);
        assertThat(result(2020, "13047").arobases()).isEqualTo(4);
        assertThat(result(2020, "13063").arobases()).isEqualTo(3);
        assertThat(result(2020, "13081").arobases()).isEqualTo(3);
        assertThat(result(2020, "13077").arobases()).isEqualTo(1);
        assertThat(palmares(2020).results()).filteredOn(r -> !EvaluatedEditions.fictional(r.code()))
                .allSatisfy(r -> assertThat(r.collectivite().departement()).isEqualTo("13"));
    }

    @Test
    void edition2020GivesMartiguesItsThirdFiveArobasesInARow() {
        Dossier martigues = dossier(2020, "13056");
        assertThat(historyEntry(martigues, 2019)).map(HistoryEntry::arobases).hasValue(5);
        assertThat(historyEntry(martigues, 2018)).map(HistoryEntry::arobases).hasValue(5);
        assertThat(martigues.history()).filteredOn(h -> h.edition() < 2018)
                .isNotEmpty().allSatisfy(h -> assertThat(h.arobases()).isLessThan(5));
    }

    @Test
    void edition2020GivesPortDeBoucItsFirstArobase() {
        assertThat(dossier(2020, "13077").history()).isEmpty();
        assertThat(result(2020, "13077").arobases()).isEqualTo(1);
    }

    @Test
    void edition2020AwardsNoMentionAndNoExcellence() {
        assertThat(palmares(2020).catalogue()).isEmpty();
        assertThat(summary(2020).excellenceAwarded()).isZero();
        assertThat(summary(2020).excellenceHolders()).isZero();
        assertThat(palmares(2020).results()).allSatisfy(r -> assertThat(r.mentions()).isEmpty());
    }

    @Test
    void edition2020RepresentsSixteenRegions() {
        assertThat(summary(2020).byRegion()).hasSize(16);
    }

    @Test
    void edition2020FilesFewerActionsThanThe2021Record() {
        assertThat(summary(2020).actionsFiled()).isLessThan(summary(2021).actionsFiled());
    }

    // ------------------------------------------------------------------ 2021

    @Test
    void edition2021Has219ParticipantsOfWhich9Territoires() {
        assertThat(summary(2021).participants()).isEqualTo(219);
        assertThat(summary(2021).byType().get(CollectiviteType.INTERCOMMUNALITE)).isEqualTo(9);
    }

    @Test
    void edition2021Files12040Actions() {
        assertThat(summary(2021).actionsFiled()).isEqualTo(12_040);
    }

    @Test
    void edition2021AwardsExcellenceToExactlyTheFourteenPublishedLaureates() {
        Set<String> laureates = Set.of("69029", "38185", "54547", "60057", "94033", "94018", "78551", "92072",
                "95680", "27467", "47001", "47031", "200041333", "33281");
        assertThat(codesWith(2021, ExcellenceStatus.AWARDED)).isEqualTo(laureates);
        assertThat(summary(2021).excellenceHolders()).isZero();
        for (String code : laureates) {
            Dossier dossier = dossier(2021, code);
            assertThat(result(2021, code).arobases()).as(code).isEqualTo(5);
            assertThat(result(2021, code).excellence().validUntil()).isEqualTo(2023);
            assertThat(dossier.history()).as(code).filteredOn(h -> h.arobases() == 5).hasSizeGreaterThanOrEqualTo(5);
            assertThat(dossier.history()).as(code).noneMatch(HistoryEntry::excellence);
        }
        assertThat(result(2021, "200041333").type()).isEqualTo(CollectiviteType.INTERCOMMUNALITE);
        assertThat(result(2021, "200041333").collectivite().departement()).isEqualTo("79");
    }

    @Test
    void edition2021AwardsDemocratieLocaleToFleuryFrontignanAndMartiguesAmongMoreEligible() {
        assertThat(codesAwarded(2021, DL)).containsExactlyInAnyOrder("14271", "34108", "13056");
        assertThat(summary(2021).mentionsEligible().get(DL)).isGreaterThan(3);
    }

    @Test
    void edition2021AwardsTheEcologicalTransitionMentionToTheFivePublishedTowns() {
        assertThat(codesAwarded(2021, AV)).containsExactlyInAnyOrder("37003", "92014", "78440", "13063", "13113");
        assertThat(summary(2021).mentionsEligible().get(AV)).isGreaterThan(5);
        assertThat(palmares(2021).catalogue()).filteredOn(m -> m.code().equals(AV))
                .singleElement().extracting(Mention::label).isEqualTo("transition écologique");
    }

    @Test
    void edition2021MentionWinnersHaveTheThreeArobasesTheMethodRequires() {
        for (String code : List.of("14271", "34108", "13056", "37003", "92014", "78440", "13063", "13113")) {
            assertThat(result(2021, code).arobases()).as(code).isGreaterThanOrEqualTo(3);
        }
    }

    // ------------------------------------------------------------------ 2022

    @Test
    void edition2022Has254ParticipantsOf11Intercommunalites57VillagesAnd186Villes() {
        assertThat(summary(2022).participants()).isEqualTo(254);
        assertThat(summary(2022).byType()).isEqualTo(byType(57, 186, 11));
    }

    @Test
    void edition2022Files14529Actions() {
        assertThat(summary(2022).actionsFiled()).isEqualTo(14_529);
    }

    @Test
    void edition2022Awards23MentionsAsPublished() {
        assertThat(summary(2022).mentionsAwarded()).containsExactly(
                Map.entry(DL, 5), Map.entry(MN, 3), Map.entry(NE, 6), Map.entry(AV, 9));
        assertThat(summary(2022).mentionsAwardedInAll()).isEqualTo(23);
    }

    @Test
    void edition2022AwardsExcellenceToElevenAndCountsTheFourteenHoldersFrom2021() {
        assertThat(summary(2022).excellenceAwarded()).isEqualTo(11);
        assertThat(summary(2022).excellenceHolders()).isEqualTo(14);
        Set<String> withExcellence2021 = EvaluatedEditions.candidatures(2022).dossiers().stream()
                .filter(d -> historyEntry(d, 2021).map(HistoryEntry::excellence).orElse(false))
                .map(Dossier::code).collect(Collectors.toSet());
        assertThat(codesWith(2022, ExcellenceStatus.HOLDER)).isEqualTo(withExcellence2021);
        assertThat(summary(2022).excellenceAwarded() + summary(2022).excellenceHolders()).isEqualTo(25);
    }

    // ------------------------------------------------------------------ 2023

    @Test
    void edition2023Has257Participants() {
        assertThat(summary(2023).participants()).isEqualTo(257);
    }

    @Test
    void edition2023GivesCarpentrasFiveArobasesAndTheNumeriqueEducatifMentionFor103Actions() {
        Result carpentras = result(2023, "84031");
        assertThat(carpentras.arobases()).isEqualTo(5);
        assertThat(carpentras.mentions()).extracting(Mention::code).containsExactly(NE);
        assertThat(carpentras.actions()).hasSize(103);
        assertThat(carpentras.excellence().status()).isEqualTo(ExcellenceStatus.NONE);
        List<HistoryEntry> history = dossier(2023, "84031").history();
        assertThat(history).filteredOn(h -> h.arobases() == 4).hasSizeGreaterThanOrEqualTo(5);
        assertThat(history).noneMatch(h -> h.arobases() == 5);
        assertThat(historyEntry(dossier(2023, "84031"), 2022)).map(HistoryEntry::arobases).hasValue(4);
    }

    @Test
    void edition2023GivesMonteuxItsFourthArobaseFor51ActionsAfterYearsAtThree() {
        Result monteux = result(2023, "84080");
        assertThat(monteux.arobases()).isEqualTo(4);
        assertThat(monteux.actions()).hasSize(51);
        Dossier dossier = dossier(2023, "84080");
        assertThat(historyEntry(dossier, 2014)).map(HistoryEntry::arobases).hasValue(1);
        for (int year = 2015; year <= 2022; year++) {
            assertThat(historyEntry(dossier, year)).as("%s", year).map(HistoryEntry::arobases).hasValue(3);
        }
    }

    @Test
    void edition2023GivesCourthezonFourArobasesAgainFor46Actions() {
        Result courthezon = result(2023, "84039");
        assertThat(courthezon.arobases()).isEqualTo(4);
        assertThat(courthezon.actions()).hasSize(46);
        assertThat(historyEntry(dossier(2023, "84039"), 2022)).map(HistoryEntry::arobases).hasValue(4);
    }

    @Test
    void edition2023NamesThreeVaucluseTowns() {
        assertThat(palmares(2023).results()).filteredOn(r -> !EvaluatedEditions.fictional(r.code()))
                .extracting(Result::code).containsExactlyInAnyOrder("84031", "84080", "84039");
        assertThat(palmares(2023).results()).filteredOn(r -> !EvaluatedEditions.fictional(r.code()))
                .allSatisfy(r -> {
                    assertThat(r.type()).isEqualTo(CollectiviteType.VILLE);
                    assertThat(r.collectivite().departement()).isEqualTo("84");
                    assertThat(r.collectivite().region()).isEqualTo("Provence-Alpes-Côte d'Azur");
                });
    }

    @Test
    void edition2023Awards17MentionsWithCarpentrasAmongTheThreeNumeriqueEducatif() {
        assertThat(summary(2023).mentionsAwarded()).containsExactly(
                Map.entry(DL, 4), Map.entry(MN, 3), Map.entry(NE, 3), Map.entry(AV, 7));
        assertThat(codesAwarded(2023, NE)).hasSize(3).contains("84031");
    }

    @Test
    void edition2023AwardsExcellenceToFourAndCounts25Holders() {
        assertThat(summary(2023).excellenceAwarded()).isEqualTo(4);
        assertThat(summary(2023).excellenceHolders()).isEqualTo(25);
        Map<Integer, Long> holdersBySince = palmares(2023).results().stream()
                .filter(r -> r.excellence().status() == ExcellenceStatus.HOLDER)
                .collect(Collectors.groupingBy(r -> r.excellence().validUntil() - 2, Collectors.counting()));
        assertThat(holdersBySince).containsOnly(Map.entry(2021, 14L), Map.entry(2022, 11L));
    }

    @Test
    void edition2023Labels22CollectivitesInProvenceAlpesCoteDAzurAnd16InOccitanie() {
        assertThat(summary(2023).byRegion()).containsEntry("Provence-Alpes-Côte d'Azur", 22)
                .containsEntry("Occitanie", 16);
        assertThat(palmares(2023).results()).allSatisfy(r -> assertThat(r.arobases()).isGreaterThanOrEqualTo(1));
    }

    // ------------------------------------------------------------------ 2024

    @Test
    void edition2024AwardsEveryEligibleDossierItsMentionsSinceNoneIsCapped() {
        PalmaresSummary summary = summary(2024);
        assertThat(summary.participants()).isBetween(250, 270);
        assertThat(summary.mentionsAwarded()).isEqualTo(summary.mentionsEligible());
        assertThat(summary.mentionsAwarded().values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void edition2024HoldersAreThoseAwardedIn2022Or2023AndAFewAreAwarded() {
        Palmares palmares = palmares(2024);
        Set<String> awardedSince2022 = EvaluatedEditions.candidatures(2024).dossiers().stream()
                .filter(d -> d.history().stream().anyMatch(h -> h.excellence() && h.edition() >= 2022))
                .map(Dossier::code).collect(Collectors.toSet());
        assertThat(codesWith(2024, ExcellenceStatus.HOLDER)).isNotEmpty().isEqualTo(awardedSince2022);
        assertThat(palmares.summary().excellenceAwarded()).isBetween(1, 10);
    }
}
