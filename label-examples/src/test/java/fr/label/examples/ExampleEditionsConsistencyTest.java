package fr.label.examples;

import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.examples.generate.Geography;
import fr.label.referentiel.Referentiel;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static fr.label.examples.EvaluatedEditions.candidatures;
import static fr.label.examples.EvaluatedEditions.fictional;
import static fr.label.examples.EvaluatedEditions.historyEntry;
import static fr.label.examples.EvaluatedEditions.palmares;
import static org.assertj.core.api.Assertions.assertThat;

/** The five example editions tell one consistent, plausible story, and show what is invented. */
class ExampleEditionsConsistencyTest {

    private static final Pattern FICTIONAL_CODE = Pattern.compile("(\\d{2}|2A|2B|97\\d)X\\d{3}");
    private static final List<String> STEMS = List.of("fictif", "exemple", "maquette", "essai", "esquisse",
            "ébauche", "brouillon", "modèle");

    static List<Integer> years() {
        return ExampleEditions.years();
    }

    @Test
    void historiesRepeatTheResultsOfEarlierExampleEditions() {
        for (int year : years()) {
            for (Dossier dossier : candidatures(year).dossiers()) {
                for (int earlier : years()) {
                    if (earlier >= year) {
                        break;
                    }
                    Optional<Result> then = palmares(earlier).result(dossier.code());
                    if (then.isPresent()) {
                        Optional<HistoryEntry> entry = historyEntry(dossier, earlier);
                        assertThat(entry).as("%s in %s: history for %s", dossier.code(), year, earlier).isPresent();
                        assertThat(entry.get().arobases()).as("%s %s", dossier.code(), earlier)
                                .isEqualTo(then.get().arobases());
                        assertThat(entry.get().excellence()).as("%s %s", dossier.code(), earlier)
                                .isEqualTo(then.get().excellence().status() == ExcellenceStatus.AWARDED);
                    }
                }
            }
        }
    }

    /**
     * A fictional collectivité reports results only for the example editions it takes part in; the
     * one exception is the 2021 award of the fictional holders that stand in for the 14 real 2021
     * laureates in 2022 and 2023 (EXAMPLES.md).
     */
    @Test
    void fictionalHistoriesReportOnlyExampleEditionsTheyTookPartInSaveThe2021Awards() {
        Map<String, Set<Integer>> standIns = new TreeMap<>();
        for (int year : years()) {
            for (Dossier dossier : candidatures(year).dossiers()) {
                if (!fictional(dossier.code())) {
                    continue;
                }
                for (HistoryEntry entry : dossier.history()) {
                    if (!years().contains(entry.edition()) || palmares(entry.edition()).result(dossier.code()).isPresent()) {
                        continue;
                    }
                    assertThat(entry.edition()).as("%s in %s", dossier.code(), year).isEqualTo(2021);
                    assertThat(entry.excellence()).as("%s in %s", dossier.code(), year).isTrue();
                    standIns.computeIfAbsent(dossier.code(), c -> new TreeSet<>()).add(year);
                }
            }
        }
        assertThat(standIns).hasSize(14);
    }

    @Test
    void realCollectivitesAppearOnlyInTheEditionsThatPublishAResultOfTheirs() {
        Map<Integer, Set<String>> real = new TreeMap<>();
        for (int year : years()) {
            Set<String> codes = new TreeSet<>();
            candidatures(year).dossiers().stream().map(Dossier::code).filter(c -> !fictional(c)).forEach(codes::add);
            real.put(year, codes);
        }
        assertThat(real.get(2020)).containsExactlyInAnyOrder("13056", "13047", "13063", "13081", "13077");
        assertThat(real.get(2021)).containsExactlyInAnyOrder("69029", "38185", "54547", "60057", "94033", "94018",
                "78551", "92072", "95680", "27467", "47001", "47031", "200041333", "33281",
                "14271", "34108", "13056", "37003", "92014", "78440", "13063", "13113");
        assertThat(real.get(2022)).isEmpty();
        assertThat(real.get(2023)).containsExactlyInAnyOrder("84031", "84080", "84039");
        assertThat(real.get(2024)).isEmpty();
    }

    @Test
    void martiguesAndMiramasCarryTheir2020ResultsInto2021() {
        assertThat(historyEntry(EvaluatedEditions.dossier(2021, "13056"), 2020)).map(HistoryEntry::arobases).hasValue(5);
        assertThat(historyEntry(EvaluatedEditions.dossier(2021, "13063"), 2020)).map(HistoryEntry::arobases).hasValue(3);
    }

    @Test
    void fictionalCollectivitesKeepTheirIdentityFromOneEditionToTheNext() {
        Map<String, Collectivite> seen = new HashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        for (int year : years()) {
            for (Dossier dossier : candidatures(year).dossiers()) {
                Collectivite c = dossier.collectivite();
                Collectivite before = seen.putIfAbsent(c.code(), c);
                assertThat(c).as(c.code()).isEqualTo(before == null ? c : before);
                String code = codeByName.putIfAbsent(c.name(), c.code());
                assertThat(c.code()).as(c.name()).isEqualTo(code == null ? c.code() : code);
            }
        }
        assertThat(seen.size()).isGreaterThan(300);
    }

    @ParameterizedTest
    @MethodSource("years")
    void fictionalNamesAreUniqueAndObviouslyInvented(int year) {
        Set<String> names = new HashSet<>();
        for (Dossier dossier : candidatures(year).dossiers()) {
            assertThat(names.add(dossier.collectivite().name())).as(dossier.collectivite().name()).isTrue();
            if (fictional(dossier.code())) {
                String name = dossier.collectivite().name().toLowerCase();
                assertThat(STEMS).as(name).anyMatch(name::contains);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void fictionalCodesCannotBeRealOnesAndStartWithTheirDepartement(int year) {
        for (Dossier dossier : candidatures(year).dossiers()) {
            Collectivite c = dossier.collectivite();
            if (fictional(c.code())) {
                assertThat(c.code()).matches(FICTIONAL_CODE);
                assertThat(c.code()).startsWith(c.departement() + "X");
            } else if (c.type() == CollectiviteType.INTERCOMMUNALITE) {
                assertThat(c.code()).as("SIREN").matches("\\d{9}");
            } else {
                assertThat(c.code()).as("INSEE code").matches("\\d{5}").startsWith(c.departement());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyCollectiviteLiesInTheRegionOfItsDepartement(int year) {
        for (Dossier dossier : candidatures(year).dossiers()) {
            Collectivite c = dossier.collectivite();
            assertThat(c.region()).as(c.code()).isEqualTo(Geography.regionOf(c.departement()));
            assertThat(Geography.regions()).contains(c.region());
        }
        assertThat(Geography.regions()).hasSize(18);
        assertThat(Geography.departements()).hasSize(101);
    }

    @ParameterizedTest
    @MethodSource("years")
    void populationsArePlausibleForTheType(int year) {
        for (Dossier dossier : candidatures(year).dossiers()) {
            Collectivite c = dossier.collectivite();
            switch (c.type()) {
                case VILLAGE -> assertThat(c.population()).as(c.code()).isBetween(100, 3_500);
                case VILLE -> assertThat(c.population()).as(c.code()).isBetween(3_500, 300_000);
                case INTERCOMMUNALITE -> assertThat(c.population()).as(c.code()).isBetween(10_000, 500_000);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void actionsAreWellFormedAndHistoriesPlausible(int year) {
        Referentiel referentiel = Referentiel.defaultReferentiel();
        LocalDate jury = LocalDate.of(year - 1, 12, 1);
        for (Dossier dossier : candidatures(year).dossiers()) {
            for (var action : dossier.actions()) {
                assertThat(action.id()).matches("a-\\d{3}");
                assertThat(action.title()).isNotBlank();
                assertThat(action.start()).isAfter(jury.minusYears(10)).isBefore(jury.plusYears(1));
                if (action.end() != null) {
                    assertThat(action.end()).isAfterOrEqualTo(action.start()).isBeforeOrEqualTo(jury);
                }
            }
            assertThat(dossier.actions()).as(dossier.code())
                    .anyMatch(a -> a.services().stream().anyMatch(s -> referentiel.service(s).isPresent()));
            assertThat(dossier.history()).allSatisfy(h -> assertThat(h.edition()).isBetween(2000, year - 1));
            // A collectivité that had the distinction earlier has at least six 5@ results by then.
            for (HistoryEntry entry : dossier.history()) {
                if (entry.excellence()) {
                    long fives = dossier.history().stream()
                            .filter(h -> h.edition() <= entry.edition() && h.arobases() == 5).count();
                    assertThat(fives).as(dossier.code()).isGreaterThanOrEqualTo(6);
                }
            }
        }
    }
}
