package fr.label.bench;

import fr.label.Threshold;
import fr.label.bench.ReferenceMethod.MentionRule;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.examples.generate.Geography;
import fr.label.json.LabelJson;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;
import fr.label.result.ActionResult;
import fr.label.result.Result;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Synthetic editions of any size, up to national scale (35,000 dossiers of about 100 actions),
 * for benchmarks and for the agreement test. Each dossier is drawn from its own generator seeded
 * with the edition's seed and its position, so dossier {@code i} is the same whatever is drawn
 * before it, on any thread, in a file or in a stream.
 *
 * <p>Two kinds of dossier are mixed:
 * <ul>
 *   <li><em>realistic</em>: a type drawn from the published participation (22 % villages,
 *       73 % villes, 5 % territoires), 5 to 200 actions filed (about 100 on average), some 8 % of
 *       them ineligible for one reason or another, a breadth of enjeux aimed at a level drawn as
 *       the example palmarès spread, a few unknown service codes, 15 % innovative actions, and a
 *       history of earlier palmarès consistent with the excellence distinction;</li>
 *   <li><em>boundary</em>: measures placed on or just below one threshold of the arobases table,
 *       a mention's enjeu with 2 to 4 actions of which 0 to 2 innovative, actions on the date
 *       boundaries (starting on the jury date, ending exactly two years before it, or one day
 *       beyond), duplicates and unknown services combined with other reasons, and histories on
 *       the excellence boundaries (5 to 7 results of 5@, an award two or three editions ago).</li>
 * </ul>
 *
 * <pre>{@code
 * SyntheticEditions national = SyntheticEditions.of(2023).dossiers(35_000).seed(42).build();
 * national.write(Path.of("target/national-2023.json"));    // streamed, never whole in memory
 * national.stream().forEach(...);                          // or dossier by dossier
 * }</pre>
 *
 * Run {@code java -cp label-bench.jar fr.label.bench.SyntheticEditions --help} to write a file.
 */
public final class SyntheticEditions implements Iterable<Dossier> {

    /** Unknown to the shipped référentiel: what a misspelt or outdated service code looks like. */
    static final List<String> UNKNOWN_SERVICES = List.of("service-inconnu", "portail-citoyen-v1", "wifi-public-2015",
            "borne-interactive-ancienne", "site-web-mairie-2008");

    private static final double[] TYPE_WEIGHTS = {0.22, 0.73, 0.05};
    private static final CollectiviteType[] TYPES = CollectiviteType.values();
    private static final double INELIGIBLE_SHARE = 0.08;
    private static final double INNOVATIVE_SHARE = 0.15;

    private final int edition;
    private final int dossiers;
    private final long seed;
    private final int minActions;
    private final int maxActions;
    private final double boundaryShare;
    private final ReferenceMethod method;
    private final Referentiel referentiel;
    private final List<Enjeu> enjeux;
    private final List<List<Service>> servicesOfEnjeu = new ArrayList<>();
    private final List<List<Integer>> enjeuxOfCategorie = new ArrayList<>();
    private final int[] categorieOfEnjeu;
    private final int democratieLocale;
    private final List<Service> services;
    private final List<String> departements = Geography.departements();
    private final LocalDate jury;
    private final LocalDate oldestEnd;

    private SyntheticEditions(Builder builder) {
        this.edition = builder.edition;
        this.dossiers = builder.dossiers;
        this.seed = builder.seed;
        this.minActions = builder.minActions;
        this.maxActions = builder.maxActions;
        this.boundaryShare = builder.boundaryShare;
        this.method = ReferenceMethod.of(edition);
        this.referentiel = Referentiel.defaultReferentiel();
        this.enjeux = referentiel.enjeux();
        this.services = referentiel.services();
        List<String> categories = referentiel.categories().stream().map(c -> c.code()).toList();
        categories.forEach(c -> enjeuxOfCategorie.add(new ArrayList<>()));
        this.categorieOfEnjeu = new int[enjeux.size()];
        for (int e = 0; e < enjeux.size(); e++) {
            servicesOfEnjeu.add(referentiel.servicesOf(enjeux.get(e)));
            categorieOfEnjeu[e] = categories.indexOf(enjeux.get(e).categorie());
            enjeuxOfCategorie.get(categorieOfEnjeu[e]).add(e);
        }
        this.democratieLocale = enjeux.indexOf(referentiel.enjeu(ReferenceMethod.DEMOCRATIE_LOCALE));
        this.jury = method.juryDate();
        this.oldestEnd = jury.minusYears(method.windowYears());
    }

    /** Starts describing a synthetic edition of a palmarès year (2020 to 2024). */
    public static Builder of(int edition) {
        return new Builder(edition);
    }

    public int edition() {
        return edition;
    }

    /** How many dossiers the edition has. */
    public int size() {
        return dossiers;
    }

    /** The dossier at a position, the same on every call. */
    public Dossier dossier(int index) {
        if (index < 0 || index >= dossiers) {
            throw new IndexOutOfBoundsException(index + " of " + dossiers);
        }
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        CollectiviteType type = TYPES[weighted(random, TYPE_WEIGHTS)];
        Collectivite collectivite = collectivite(index, type, random);
        boolean boundary = random.nextDouble() < boundaryShare;
        Shape shape = boundary ? boundaryShape(type, random) : realisticShape(type, random);
        List<Action> actions = actions(shape, boundary, random);
        List<HistoryEntry> history = boundary ? boundaryHistory(random) : realisticHistory(random);
        return new Dossier(edition, collectivite, actions, history);
    }

    /** The dossiers in order, drawn one at a time. */
    public Stream<Dossier> stream() {
        return IntStream.range(0, dossiers).mapToObj(this::dossier);
    }

    @Override
    public Iterator<Dossier> iterator() {
        return stream().iterator();
    }

    /** All the dossiers in a list: for sizes that fit in memory with their results. */
    public List<Dossier> list() {
        return stream().toList();
    }

    /** Writes the edition file, dossier by dossier, one dossier a line. */
    public void write(Path file) {
        try (LabelJson.EditionWriter writer = LabelJson.editionWriter(
                new BufferedOutputStream(Files.newOutputStream(created(file)), 1 << 16), edition)) {
            for (int i = 0; i < dossiers; i++) {
                writer.dossier(dossier(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes one dossier alone as a dossier file (with its edition), e.g. for {@code ./label evaluate}. */
    public static void writeDossier(Dossier dossier, Path file) {
        try {
            Files.writeString(created(file), LabelJson.toJson(dossier) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path created(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }

    // ---------------------------------------------------------------- who

    private Collectivite collectivite(int index, CollectiviteType type, SplittableRandom random) {
        String departement = departements.get(random.nextInt(departements.size()));
        // "S" marks a synthetic code, as "X" marks the example editions' fictional ones; the index makes it unique.
        String code = departement + "S" + String.format(Locale.ROOT, "%05d", index);
        String name = switch (type) {
            case VILLAGE -> "Village synthétique ";
            case VILLE -> "Ville synthétique ";
            case INTERCOMMUNALITE -> "Communauté synthétique ";
        } + index;
        int population = switch (type) {
            case VILLAGE -> logUniform(random, 80, 3_500);
            case VILLE -> logUniform(random, 2_000, 250_000);
            case INTERCOMMUNALITE -> logUniform(random, 8_000, 600_000);
        };
        return new Collectivite(code, name, type, population, departement, Geography.regionOf(departement));
    }

    // ---------------------------------------------------------------- what the actions add up to

    /**
     * The measures a dossier's actions are built to give, and what its ineligible actions are.
     *
     * @param eligible        A, the eligible actions
     * @param covered         the covered enjeux, by index
     * @param strong          the strong enjeux among them
     * @param focus           an enjeu whose actions are counted exactly (a mention's), or -1
     * @param focusActions    eligible actions touching the focus enjeu
     * @param focusInnovative of which innovative
     * @param ineligible      the reasons of the ineligible actions, one per action
     */
    private record Shape(int eligible, List<Integer> covered, Set<Integer> strong,
                         int focus, int focusActions, int focusInnovative, List<String> ineligible) {
    }

    private Shape realisticShape(CollectiviteType type, SplittableRandom random) {
        int filed = minActions + random.nextInt(maxActions - minActions + 1);
        List<String> ineligible = new ArrayList<>();
        for (int i = 0; i < filed; i++) {
            if (random.nextDouble() < INELIGIBLE_SHARE) {
                ineligible.add(switch (weighted(random, 0.15, 0.12, 0.18, 0.55)) {
                    case 0 -> ActionResult.DUPLICATE;
                    case 1 -> ActionResult.UNKNOWN_SERVICE;
                    case 2 -> ActionResult.NOT_STARTED;
                    default -> ActionResult.TOO_OLD;
                });
            }
        }
        int eligible = filed - ineligible.size();
        // The breadth aims at a level drawn as the example palmarès spread (1@ 10 %, 2@ 18 %, 3@ 27 %,
        // 4@ 30 %, 5@ 15 %); the actions filed, drawn apart, may still hold the dossier lower.
        int aim = 1 + weighted(random, 0.10, 0.18, 0.27, 0.30, 0.15);
        int breadth = aim == 1 ? 1 + random.nextInt(method.minimum(type, 2, Result.COVERED_ENJEUX))
                : method.minimum(type, aim, Result.COVERED_ENJEUX) + random.nextInt(3);
        int covered = Math.min(Math.min(eligible, enjeux.size()), Math.max(eligible == 0 ? 0 : 1, breadth));
        boolean withDemocratieLocale = aim >= 4 ? random.nextDouble() < 0.95 : random.nextBoolean();
        int categories = aim == 5 ? 4 : Math.max((covered + 3) / 4, 1 + random.nextInt(4));
        List<Integer> chosen = coveredEnjeux(covered, categories, withDemocratieLocale, -1, random);
        int strongCount = aim == 5 && random.nextDouble() < 0.8
                ? method.minimum(type, 5, Result.STRONG_ENJEUX) + random.nextInt(3)
                : random.nextInt(chosen.size() / 2 + 1);
        List<Integer> shuffled = new ArrayList<>(chosen);
        shuffle(shuffled, random);
        Set<Integer> strong = new LinkedHashSet<>(shuffled.subList(0, Math.min(strongCount, shuffled.size())));
        return new Shape(eligible, chosen, strong, -1, 0, 0, ineligible);
    }

    /**
     * Measures on one threshold of the table: every condition of a level met at or just above its
     * minimum, except the probed one, set on its minimum or one below.
     */
    private Shape boundaryShape(CollectiviteType type, SplittableRandom random) {
        int level = 2 + random.nextInt(method.topLevel() - 1);
        List<Threshold> lines = method.thresholds(type, level);
        Threshold probed = lines.get(random.nextInt(lines.size()));
        int below = random.nextInt(3) == 0 ? 0 : -1 + random.nextInt(2); // mostly on it or just below
        int e = method.minimum(type, level, Result.COVERED_ENJEUX) + slack(random);
        int a = method.minimum(type, level, Result.ELIGIBLE_ACTIONS) + slack(random);
        boolean d = level >= 4 || random.nextBoolean();
        int c = level == 5 ? 4 : 1 + random.nextInt(4);
        int minStrong = method.minimum(type, level, Result.STRONG_ENJEUX);
        int s = level == 5 ? minStrong + slack(random) : random.nextInt(Math.max(1, e));
        switch (probed.measure()) {
            case Result.COVERED_ENJEUX -> e = probed.minimum() + below;
            case Result.ELIGIBLE_ACTIONS -> a = probed.minimum() + below;
            case Result.DEMOCRATIE_LOCALE_COVERED -> d = below == 0;
            case Result.COVERED_CATEGORIES -> c = probed.minimum() + below;
            case Result.STRONG_ENJEUX -> s = probed.minimum() + below;
            default -> { }
        }
        // A mention's enjeu with 2 to 4 actions of which 0 to 2 innovative: both sides of its figures.
        int focus = -1;
        int focusActions = 0;
        int focusInnovative = 0;
        if (random.nextBoolean()) {
            List<String> candidates = method.catalogue().isEmpty()
                    ? List.of("DEMOCRATIE_LOCALE", "MEDIATION", "EDUCATION", "TRANSITION_ECOLOGIQUE")
                    : method.catalogue().stream().map(MentionRule::enjeu).toList();
            int chosen = enjeux.indexOf(referentiel.enjeu(candidates.get(random.nextInt(candidates.size()))));
            if (chosen != democratieLocale || d) {
                focus = chosen;
                focusActions = method.mentionMinEnjeuActions() - 1 + random.nextInt(3);
                focusInnovative = Math.min(focusActions, random.nextInt(3));
                a = Math.max(a, focusActions);
            }
        }
        e = Math.max(0, Math.min(e, enjeux.size()));
        a = Math.max(0, a);
        if (a == 0) {
            e = 0;
        }
        List<Integer> covered = coveredEnjeux(e, c, d, focus, random);
        s = Math.max(0, Math.min(s, covered.size()));
        List<Integer> shuffled = new ArrayList<>(covered);
        shuffle(shuffled, random);
        Set<Integer> strong = new LinkedHashSet<>(shuffled.subList(0, s));
        List<String> ineligible = new ArrayList<>();
        for (String reason : List.of(ActionResult.DUPLICATE, ActionResult.UNKNOWN_SERVICE,
                ActionResult.NOT_STARTED, ActionResult.TOO_OLD)) {
            for (int n = random.nextInt(3); n > 0; n--) {
                ineligible.add(reason);
            }
        }
        return new Shape(a, covered, strong, covered.contains(focus) ? focus : -1, focusActions, focusInnovative,
                ineligible);
    }

    /** 0 most of the time, so that the dossier sits on the minimum; sometimes 1 or 2 above. */
    private static int slack(SplittableRandom random) {
        int draw = random.nextInt(6);
        return draw < 4 ? 0 : draw - 3;
    }

    /**
     * Chooses {@code count} enjeux spread over {@code categories} catégories, with démocratie
     * locale among them exactly when {@code democratieLocale}, and the focus enjeu if any. When
     * the figures cannot all hold (5 catégories, 14 enjeux in 3 catégories), the nearest do.
     */
    private List<Integer> coveredEnjeux(int count, int categories, boolean withDemocratieLocale, int focus,
                                        SplittableRandom random) {
        if (count == 0) {
            return List.of();
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        if (withDemocratieLocale) {
            chosen.add(democratieLocale);
        }
        if (focus >= 0) {
            chosen.add(focus);
        }
        Set<Integer> chosenCategories = new LinkedHashSet<>();
        chosen.forEach(e -> chosenCategories.add(categorieOfEnjeu[e]));
        List<Integer> otherCategories = new ArrayList<>(IntStream.range(0, enjeuxOfCategorie.size()).boxed().toList());
        otherCategories.removeAll(chosenCategories);
        shuffle(otherCategories, random);
        int wanted = Math.max(1, Math.min(categories, count));
        for (int categorie : otherCategories) {
            if (chosenCategories.size() >= wanted) {
                break;
            }
            chosenCategories.add(categorie);
        }
        List<Integer> available = new ArrayList<>();
        for (int categorie : chosenCategories) {
            List<Integer> inIt = new ArrayList<>(enjeuxOfCategorie.get(categorie));
            if (!withDemocratieLocale) {
                inIt.remove(Integer.valueOf(democratieLocale));
            }
            shuffle(inIt, random);
            // One enjeu of each chosen catégorie first, so that it is covered.
            if (inIt.stream().noneMatch(chosen::contains) && !inIt.isEmpty()) {
                chosen.add(inIt.get(0));
            }
            available.addAll(inIt);
        }
        shuffle(available, random);
        for (int e : available) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(e);
        }
        return new ArrayList<>(chosen);
    }

    // ---------------------------------------------------------------- the actions

    private List<Action> actions(Shape shape, boolean boundary, SplittableRandom random) {
        List<ActionDraft> drafts = new ArrayList<>();
        // Each covered enjeu needs one service, a strong one a second distinct one: these are the slots.
        List<String> slots = new ArrayList<>();
        List<List<String>> usedOfEnjeu = new ArrayList<>();
        enjeux.forEach(e -> usedOfEnjeu.add(new ArrayList<>()));
        for (int e : shape.covered()) {
            List<Service> pool = new ArrayList<>(servicesOfEnjeu.get(e));
            shuffle(pool, random);
            int distinct = shape.strong().contains(e) ? 2 : 1;
            for (int k = 0; k < distinct; k++) {
                slots.add(pool.get(k).code());
                usedOfEnjeu.get(e).add(pool.get(k).code());
            }
        }
        shuffle(slots, random);
        // With no covered enjeu there is no known service to give an eligible action.
        int eligible = shape.covered().isEmpty() ? 0 : shape.eligible();
        for (int i = 0; i < eligible; i++) {
            drafts.add(new ActionDraft());
        }
        for (int k = 0; k < slots.size() && eligible > 0; k++) {
            drafts.get(k % eligible).services.add(slots.get(k));
        }
        // The actions beyond the slots repeat services already used, so the counts stay as shaped;
        // the focus enjeu gets exactly the actions it is shaped for.
        int focusCount = shape.focus() < 0 ? 0 : (int) drafts.stream()
                .filter(d -> touches(d, shape.focus())).count();
        List<Integer> others = new ArrayList<>(shape.covered());
        if (shape.focus() >= 0 && others.size() > 1) {
            others.remove(Integer.valueOf(shape.focus()));
        }
        for (ActionDraft draft : drafts) {
            if (!draft.services.isEmpty()) {
                continue;
            }
            int e = shape.focus() >= 0 && focusCount < shape.focusActions()
                    ? shape.focus() : others.get(random.nextInt(others.size()));
            if (e == shape.focus()) {
                focusCount++;
            }
            List<String> used = usedOfEnjeu.get(e);
            draft.services.add(used.get(random.nextInt(used.size())));
            if (random.nextDouble() < 0.08) {
                // A second service of the same enjeu, already used: more services per action, same counts.
                String second = used.get(random.nextInt(used.size()));
                if (!draft.services.contains(second)) {
                    draft.services.add(second);
                }
            }
        }
        for (ActionDraft draft : drafts) {
            if (random.nextDouble() < (boundary ? 0.1 : 0.01)) {
                // An unknown code beside known ones: a warning, not a reason.
                draft.services.add(random.nextInt(draft.services.size() + 1),
                        UNKNOWN_SERVICES.get(random.nextInt(UNKNOWN_SERVICES.size())));
            }
            eligibleDates(draft, boundary, random);
        }
        // Innovative flags: exactly as shaped in the focus enjeu, at random elsewhere.
        List<ActionDraft> inFocus = drafts.stream().filter(d -> shape.focus() >= 0 && touches(d, shape.focus())).toList();
        for (int k = 0; k < inFocus.size(); k++) {
            inFocus.get(k).innovative = k < shape.focusInnovative();
        }
        for (ActionDraft draft : drafts) {
            if (!inFocus.contains(draft)) {
                draft.innovative = random.nextDouble() < INNOVATIVE_SHARE;
            }
        }

        List<ActionDraft> duplicates = new ArrayList<>();
        for (String reason : shape.ineligible()) {
            ActionDraft draft = ineligible(reason, boundary, random);
            (reason.equals(ActionResult.DUPLICATE) ? duplicates : drafts).add(draft);
        }
        shuffle(drafts, random);
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = String.format(Locale.ROOT, "a-%03d", i + 1);
        }
        // A duplicate comes after the action whose id it repeats.
        for (ActionDraft duplicate : duplicates) {
            if (drafts.isEmpty()) {
                duplicate.id = "a-001";
                drafts.add(duplicate);
                continue;
            }
            int original = random.nextInt(drafts.size());
            duplicate.id = drafts.get(original).id;
            drafts.add(original + 1 + random.nextInt(drafts.size() - original), duplicate);
        }
        List<Action> actions = new ArrayList<>(drafts.size());
        for (ActionDraft draft : drafts) {
            actions.add(draft.build(referentiel));
        }
        return actions;
    }

    private boolean touches(ActionDraft draft, int enjeu) {
        for (String code : draft.services) {
            Service service = referentiel.service(code).orElse(null);
            if (service != null && service.enjeu().equals(enjeux.get(enjeu).code())) {
                return true;
            }
        }
        return false;
    }

    /** Dates of an action that counts: started by the jury date, running or ended within the window. */
    private void eligibleDates(ActionDraft draft, boolean boundary, SplittableRandom random) {
        double edge = boundary ? 0.12 : 0.01;
        if (random.nextDouble() < 0.55) {
            draft.start = random.nextDouble() < edge ? jury : jury.minusDays(random.nextInt(6 * 365));
            draft.end = null;
        } else {
            draft.end = random.nextDouble() < edge ? oldestEnd
                    : oldestEnd.plusDays(random.nextInt(3 * 365 + 1));
            LocalDate latestStart = draft.end.isBefore(jury) ? draft.end : jury;
            draft.start = random.nextDouble() < edge / 2 ? latestStart : latestStart.minusDays(random.nextInt(4 * 365));
        }
    }

    /** An action that does not count for the given reason, sometimes for a later reason too. */
    private ActionDraft ineligible(String reason, boolean boundary, SplittableRandom random) {
        ActionDraft draft = new ActionDraft();
        // Services of any enjeu, covered or not: an ineligible action must not count anywhere.
        draft.services.add(services.get(random.nextInt(services.size())).code());
        draft.innovative = random.nextDouble() < 0.3;
        double edge = boundary ? 0.5 : 0.05;
        switch (reason) {
            case ActionResult.UNKNOWN_SERVICE -> {
                draft.services.clear();
                draft.services.add(UNKNOWN_SERVICES.get(random.nextInt(UNKNOWN_SERVICES.size())));
                if (random.nextBoolean()) {
                    notStartedDates(draft, edge, random); // also NOT_STARTED: the earlier reason wins
                } else {
                    eligibleDates(draft, boundary, random);
                }
            }
            case ActionResult.NOT_STARTED -> notStartedDates(draft, edge, random);
            case ActionResult.TOO_OLD -> tooOldDates(draft, edge, random);
            default -> { // DUPLICATE: whatever else it is, its repeated id decides first
                switch (random.nextInt(4)) {
                    case 0 -> tooOldDates(draft, edge, random);
                    case 1 -> notStartedDates(draft, edge, random);
                    default -> eligibleDates(draft, boundary, random);
                }
                if (random.nextInt(5) == 0) {
                    draft.services.set(0, UNKNOWN_SERVICES.get(random.nextInt(UNKNOWN_SERVICES.size())));
                }
            }
        }
        if (random.nextDouble() < 0.1) {
            draft.services.add(services.get(random.nextInt(services.size())).code());
        }
        return draft;
    }

    private void notStartedDates(ActionDraft draft, double edge, SplittableRandom random) {
        draft.start = random.nextDouble() < edge ? jury.plusDays(1) : jury.plusDays(2 + random.nextInt(300));
        draft.end = random.nextBoolean() ? null : draft.start.plusDays(random.nextInt(700));
    }

    private void tooOldDates(ActionDraft draft, double edge, SplittableRandom random) {
        draft.end = random.nextDouble() < edge ? oldestEnd.minusDays(1) : oldestEnd.minusDays(2 + random.nextInt(5 * 365));
        draft.start = draft.end.minusDays(random.nextInt(3 * 365));
    }

    /** An action being drawn; its id is given once the dossier's order is known. */
    private static final class ActionDraft {
        String id;
        final List<String> services = new ArrayList<>(2);
        LocalDate start;
        LocalDate end;
        boolean innovative;

        Action build(Referentiel referentiel) {
            String title = referentiel.service(services.get(0)).map(Service::label).orElse("Service non référencé");
            return new Action(id, title, services, start, end, innovative);
        }
    }

    // ---------------------------------------------------------------- earlier palmarès

    /**
     * Earlier participations, each edition with a level near a usual one; the distinction is
     * recorded where the method would have awarded it (sixth 5@, not held), from 2021 on.
     */
    private List<HistoryEntry> realisticHistory(SplittableRandom random) {
        int usual = 1 + random.nextInt(5);
        double loyalty = random.nextDouble();
        List<HistoryEntry> history = new ArrayList<>();
        int fives = 0;
        int lastAward = Integer.MIN_VALUE;
        for (int year = edition - 15; year < edition; year++) {
            if (random.nextDouble() >= loyalty) {
                continue;
            }
            int level = Math.max(1, Math.min(5, usual + random.nextInt(3) - 1));
            fives += level == 5 ? 1 : 0;
            boolean held = lastAward >= year - (method.excellenceValidity() - 1);
            boolean award = year >= 2021 && level == 5 && !held && fives >= method.excellenceFives();
            if (award) {
                lastAward = year;
            }
            history.add(new HistoryEntry(year, level, award));
        }
        return history;
    }

    /** Around the excellence figures: 4 to 7 earlier 5@, and maybe an award 1 to 4 editions ago. */
    private List<HistoryEntry> boundaryHistory(SplittableRandom random) {
        int fives = method.excellenceFives() - 2 + random.nextInt(4);
        int awardAgo = random.nextBoolean() ? 0 : 1 + random.nextInt(4);
        List<HistoryEntry> history = new ArrayList<>();
        for (int ago = 1; ago <= 12; ago++) {
            int year = edition - ago;
            boolean five = history.stream().filter(h -> h.arobases() == 5).count() < fives && random.nextInt(4) != 0;
            int level = five ? 5 : 1 + random.nextInt(4);
            boolean award = ago == awardAgo || (ago > 4 && random.nextInt(10) == 0);
            if (five || random.nextBoolean() || award) {
                history.add(new HistoryEntry(year, level, award));
            }
        }
        Collections.reverse(history);
        return history;
    }

    // ---------------------------------------------------------------- draws

    private static long mix(long seed, int index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double draw = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int logUniform(SplittableRandom random, int low, int high) {
        return (int) Math.round(Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low))));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    // ---------------------------------------------------------------- building

    /** The size, seed and mix of a synthetic edition. */
    public static final class Builder {
        private final int edition;
        private int dossiers = 1_000;
        private long seed = 42;
        private int minActions = 5;
        private int maxActions = 200;
        private double boundaryShare;

        private Builder(int edition) {
            ReferenceMethod.of(edition); // fails early for a year with no method
            this.edition = edition;
        }

        public Builder dossiers(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("dossiers: expected 0 or more, found " + count);
            }
            this.dossiers = count;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Actions filed by a realistic dossier, drawn evenly between the two (default 5 to 200). */
        public Builder actions(int min, int max) {
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("actions: expected 0 <= min <= max, found " + min + ".." + max);
            }
            this.minActions = min;
            this.maxActions = max;
            return this;
        }

        /** The share of boundary dossiers (default 0: all realistic). */
        public Builder boundaryShare(double share) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("boundary share: expected 0 to 1, found " + share);
            }
            this.boundaryShare = share;
            return this;
        }

        public SyntheticEditions build() {
            return new SyntheticEditions(this);
        }
    }

    /**
     * Writes a synthetic edition file, or one dossier file.
     *
     * <pre>
     * java -cp label-bench.jar fr.label.bench.SyntheticEditions [--edition 2023] [--dossiers 35000]
     *      [--actions 5..200] [--seed 42] [--boundary 0.0] [--single] --out FILE
     * </pre>
     * {@code --single} writes the first dossier alone, as a dossier file.
     */
    public static void main(String[] args) {
        int edition = 2023;
        int dossiers = 1_000;
        long seed = 42;
        int min = 5;
        int max = 200;
        double boundary = 0;
        boolean single = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edition" -> edition = Integer.parseInt(args[++i]);
                case "--dossiers" -> dossiers = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--actions" -> {
                    String[] range = args[++i].split("\\.\\.");
                    min = Integer.parseInt(range[0]);
                    max = Integer.parseInt(range[range.length - 1]);
                }
                case "--boundary" -> boundary = Double.parseDouble(args[++i]);
                case "--single" -> single = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: SyntheticEditions [--edition 2023] [--dossiers 1000] [--actions 5..200]"
                            + " [--seed 42] [--boundary 0.0] [--single] --out FILE");
                    System.exit(args[i].equals("--help") ? 0 : 2);
                }
            }
        }
        if (out == null) {
            System.err.println("SyntheticEditions: --out FILE is required");
            System.exit(2);
        }
        Builder builder = of(edition).dossiers(single ? 1 : dossiers).seed(seed).actions(min, max).boundaryShare(boundary);
        SyntheticEditions editions = builder.build();
        long started = System.nanoTime();
        if (single) {
            writeDossier(editions.dossier(0), out);
        } else {
            editions.write(out);
        }
        try {
            System.out.printf(Locale.ROOT, "%s: %d dossier(s), %,d bytes in %.1f s%n", out, editions.size(),
                    Files.size(out), (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
