package fr.label.examples.generate;

import fr.label.dossier.Action;
import fr.label.dossier.CollectiviteType;
import fr.label.examples.generate.DossierIntent.Featured;
import fr.label.examples.generate.DossierIntent.MentionIntent;
import fr.label.referentiel.Categorie;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a {@link DossierIntent} into fiches actions whose measures give the intended level and
 * mention eligibility under the default method, in two steps so that an edition's total of actions
 * can be adjusted in between: {@link #plan} chooses the shape (covered enjeux, which threshold of the
 * next level is missed, the range of eligible actions that keeps the level), {@link #build} writes
 * the actions.
 */
final class ActionPlanner {

    static final String DUPLICATE = "DUPLICATE";
    static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";
    static final String NOT_STARTED = "NOT_STARTED";
    static final String TOO_OLD = "TOO_OLD";
    static final List<String> INELIGIBLE_KINDS = List.of(DUPLICATE, UNKNOWN_SERVICE, NOT_STARTED, TOO_OLD);

    /** A dossier with fewer than this many eligible actions above its action threshold is near it. */
    static final int NEAR_THRESHOLD = 5;
    /** Chance that a dossier whose level hangs on its action count is drawn near that threshold. */
    private static final double AT_THE_THRESHOLD = 0.3;

    /** Share of ineligible actions filed, on average. */
    private static final double INELIGIBLE_RATE = 0.04;
    /** Chance that an eligible action outside the edition's mention enjeux is marked innovative. */
    private static final double INNOVATIVE_RATE = 0.06;

    private static final Map<String, Double> POPULARITY = Map.ofEntries(
            Map.entry("SERVICES_PUBLICS", 10.0), Map.entry("DEMOCRATIE_LOCALE", 6.0),
            Map.entry("VIE_QUOTIDIENNE", 9.0), Map.entry("IDENTITE", 9.0),
            Map.entry("COHESION_SOCIALE", 6.0), Map.entry("SOLIDARITES", 5.0),
            Map.entry("VIE_ASSOCIATIVE", 5.0), Map.entry("MEDIATION", 6.0),
            Map.entry("EDUCATION", 8.0), Map.entry("CULTURE_PATRIMOINE", 7.0),
            Map.entry("COOPERATION", 3.0), Map.entry("INNOVATION", 4.0),
            Map.entry("EMPLOI", 3.0), Map.entry("DEVELOPPEMENT_ECONOMIQUE", 4.0),
            Map.entry("ATTRACTIVITE", 5.0), Map.entry("TRANSITION_ECOLOGIQUE", 5.0));

    /** The planned shape of a dossier; {@link #eligible} may still move within {@link #low}..{@link #high}. */
    static final class Plan {
        final DossierIntent intent;
        final String mode;
        final List<String> enjeux;
        final Map<String, Integer> minimum;
        final Set<String> forcedStrong;
        final Integer maxStrong;
        final List<String> ineligible;
        final int low;
        final int high;
        int eligible;

        Plan(DossierIntent intent, String mode, List<String> enjeux, Map<String, Integer> minimum,
             Set<String> forcedStrong, Integer maxStrong, List<String> ineligible, int low, int high, int eligible) {
            this.intent = intent;
            this.mode = mode;
            this.enjeux = enjeux;
            this.minimum = minimum;
            this.forcedStrong = forcedStrong;
            this.maxStrong = maxStrong;
            this.ineligible = ineligible;
            this.low = low;
            this.high = high;
            this.eligible = eligible;
        }

        int filed() {
            return eligible + ineligible.size();
        }
    }

    private final Referentiel referentiel;

    ActionPlanner(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    // ---------------------------------------------------------------- plan

    Plan plan(DossierIntent intent, Random random) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Plan plan = tryPlan(intent, random);
            if (plan != null) {
                return plan;
            }
        }
        throw new IllegalStateException("cannot plan " + intent.collectivite().code() + " for " + intent.edition()
                + " at " + intent.level() + "@ with " + intent.mentions().keySet());
    }

    private Plan tryPlan(DossierIntent intent, Random random) {
        CollectiviteType type = intent.collectivite().type();
        int level = intent.level();
        Set<String> required = new LinkedHashSet<>();
        Map<String, Integer> featuredPerEnjeu = new HashMap<>();
        for (Featured featured : intent.featured()) {
            String enjeu = service(featured.service()).enjeu();
            required.add(enjeu);
            featuredPerEnjeu.merge(enjeu, 1, Integer::sum);
        }
        Method method = Method.of(intent.edition());
        for (String mention : intent.mentions().keySet()) {
            required.add(method.mentionEnjeu(mention));
        }
        boolean multiFeatured = featuredPerEnjeu.values().stream().anyMatch(n -> n > 1);

        String mode;
        int e;
        int low;
        int high;
        Boolean dl = null;               // démocratie locale covered: must, must not, or free
        String excludedCategorie = null; // for the catégorie mode
        Integer maxStrong = null;
        int forcedStrongCount = 0;
        int e2 = method.enjeux(type, 2);
        int a2 = method.actions(type, 2);
        int e3 = method.enjeux(type, 3);
        int a3 = method.actions(type, 3);
        int e4 = method.enjeux(type, 4);
        int a4 = method.actions(type, 4);
        int e5 = method.enjeux(type, 5);
        int a5 = method.actions(type, 5);
        int s5 = method.strongForFive(type);
        switch (level) {
            case 1 -> {
                if (Draw.chance(random, 0.6)) {
                    mode = "A";
                    low = 1;
                    high = a2 - 1;
                    e = Draw.between(random, 1, Math.min(high, 6));
                } else {
                    mode = "E";
                    e = Draw.between(random, 1, e2 - 1);
                    low = a2;
                    high = a2 + 15;
                }
            }
            case 2 -> {
                if (Draw.chance(random, 0.4)) {
                    mode = "A";
                    low = a2;
                    high = a3 - 1;
                    e = Draw.between(random, e2, Math.min(high, e3 + 3));
                } else {
                    mode = "E";
                    e = Draw.between(random, e2, e3 - 1);
                    low = a2;
                    high = a3 + 30;
                }
            }
            case 3 -> {
                int choice = Draw.weighted(random, 0.25, 0.45,
                        required.contains(Method.DEMOCRATIE_LOCALE_ENJEU) ? 0 : 0.3);
                if (choice == 0) {
                    mode = "A";
                    low = a3;
                    high = a4 - 1;
                    e = Draw.between(random, e3, Math.min(high, 14));
                } else if (choice == 1) {
                    mode = "E";
                    e = Draw.between(random, e3, e4 - 1);
                    low = a3;
                    high = a4 + 50;
                } else {
                    mode = "D";
                    dl = false;
                    e = Draw.between(random, e3, 15);
                    low = a3;
                    high = a4 + 50;
                }
            }
            case 4 -> {
                dl = true;
                List<String> free = freeCategories(required);
                int choice = Draw.weighted(random, 0.2, 0.45, free.isEmpty() ? 0 : 0.15, multiFeatured ? 0 : 0.2);
                low = a4;
                high = a5 + 70;
                if (choice == 0) {
                    mode = "A";
                    high = a5 - 1;
                    e = Draw.between(random, e4, 16);
                } else if (choice == 1) {
                    mode = "E";
                    e = Draw.between(random, e4, e5 - 1);
                } else if (choice == 2) {
                    mode = "C";
                    excludedCategorie = Draw.pick(random, free);
                    e = Draw.between(random, e4, 12);
                } else {
                    mode = "S";
                    e = Draw.between(random, e4, 16);
                    maxStrong = Draw.between(random, 1, s5 - 1);
                }
            }
            case 5 -> {
                mode = "top";
                dl = true;
                e = Draw.around(random, e5, 16);
                low = a5;
                high = a5 + (type == CollectiviteType.VILLE ? 130 : type == CollectiviteType.VILLAGE ? 60 : 100);
                forcedStrongCount = Draw.between(random, s5, Math.min(e, s5 + 4));
            }
            default -> throw new IllegalArgumentException("level " + level);
        }
        if (Boolean.TRUE.equals(dl)) {
            required.add("DEMOCRATIE_LOCALE");
        }
        if (Boolean.FALSE.equals(dl) && required.contains("DEMOCRATIE_LOCALE")) {
            return null;
        }
        if (required.size() > e) {
            return null;
        }
        // Covered enjeux: the required ones, one per catégorie for 5@, then by popularity.
        Set<String> forbidden = new HashSet<>();
        if (Boolean.FALSE.equals(dl)) {
            forbidden.add("DEMOCRATIE_LOCALE");
        }
        if (excludedCategorie != null) {
            for (Enjeu enjeu : referentiel.enjeuxOf(referentiel.categorie(excludedCategorie))) {
                forbidden.add(enjeu.code());
            }
        }
        List<String> chosen = new ArrayList<>(required);
        if (level == 5) {
            for (Categorie categorie : referentiel.categories()) {
                List<String> codes = referentiel.enjeuxOf(categorie).stream().map(Enjeu::code).toList();
                if (codes.stream().noneMatch(chosen::contains)) {
                    chosen.add(drawEnjeu(random, codes, chosen, forbidden));
                }
            }
        }
        List<String> all = referentiel.enjeux().stream().map(Enjeu::code).toList();
        while (chosen.size() < e) {
            String next = drawEnjeu(random, all, chosen, forbidden);
            if (next == null) {
                return null;
            }
            chosen.add(next);
        }
        if (chosen.size() != e) {
            return null;
        }
        // Minimum actions per enjeu.
        Map<String, Integer> minimum = new LinkedHashMap<>();
        for (String enjeu : referentiel.enjeux().stream().map(Enjeu::code).toList()) {
            if (chosen.contains(enjeu)) {
                minimum.put(enjeu, 1);
            }
        }
        intent.mentions().forEach((mention, mi) -> minimum.merge(method.mentionEnjeu(mention),
                Math.max(mi.enjeuActions(), mi.innovative()), Math::max));
        Set<String> forcedStrong = new LinkedHashSet<>();
        featuredPerEnjeu.forEach((enjeu, n) -> {
            if (n > 1) {
                forcedStrong.add(enjeu);
                minimum.merge(enjeu, n, Math::max);
            }
        });
        if (maxStrong != null && forcedStrong.size() > maxStrong) {
            return null;
        }
        for (String enjeu : Draw.shuffled(random, new ArrayList<>(minimum.keySet()))) {
            if (forcedStrong.size() >= forcedStrongCount) {
                break;
            }
            forcedStrong.add(enjeu);
            minimum.merge(enjeu, 2, Math::max);
        }
        int sum = minimum.values().stream().mapToInt(Integer::intValue).sum();
        low = Math.max(low, sum);
        if (low > high) {
            return null;
        }
        int eligible = Draw.around(random, low, high);
        if (mode.equals("A") && Draw.chance(random, AT_THE_THRESHOLD)) {
            // Some dossiers barely make their level, as in a real palmarès.
            eligible = Draw.between(random, low, Math.min(high, low + NEAR_THRESHOLD - 1));
        }
        List<String> ineligible = ineligibleKinds(intent, eligible, random);
        if (intent.filed() != null) {
            eligible = intent.filed() - ineligible.size();
            if (eligible < low || eligible > high) {
                return null;
            }
            low = eligible;
            high = eligible;
        }
        if (!intent.adjustable()) {
            low = eligible;
            high = eligible;
        }
        return new Plan(intent, mode, List.copyOf(chosen), minimum, forcedStrong, maxStrong, ineligible,
                low, high, eligible);
    }

    private List<String> freeCategories(Set<String> required) {
        List<String> free = new ArrayList<>();
        for (Categorie categorie : referentiel.categories()) {
            boolean holdsRequired = referentiel.enjeuxOf(categorie).stream().anyMatch(en -> required.contains(en.code()))
                    || categorie.code().equals(referentiel.enjeu("DEMOCRATIE_LOCALE").categorie());
            if (!holdsRequired) {
                free.add(categorie.code());
            }
        }
        return free;
    }

    private static String drawEnjeu(Random random, List<String> among, List<String> chosen, Set<String> forbidden) {
        List<String> candidates = among.stream().filter(c -> !chosen.contains(c) && !forbidden.contains(c)).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.get(Draw.weighted(random, candidates.stream().map(POPULARITY::get).toList()));
    }

    private static List<String> ineligibleKinds(DossierIntent intent, int eligible, Random random) {
        int count;
        if (intent.ineligible() != null) {
            count = intent.ineligible();
        } else {
            count = 0;
            for (int i = 0; i < eligible; i++) {
                if (Draw.chance(random, INELIGIBLE_RATE)) {
                    count++;
                }
            }
        }
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            kinds.add(Draw.pick(random, eligible == 0
                    ? INELIGIBLE_KINDS.subList(1, INELIGIBLE_KINDS.size()) : INELIGIBLE_KINDS));
        }
        return kinds;
    }

    // ---------------------------------------------------------------- build

    /** An action being written; a duplicate copies its original and takes its id. */
    private static final class Draft {
        final List<String> services;
        final String title;
        final LocalDate start;
        final LocalDate end;
        final boolean innovative;
        final Draft duplicateOf;
        String id;

        Draft(List<String> services, String title, LocalDate start, LocalDate end, boolean innovative,
              Draft duplicateOf) {
            this.services = services;
            this.title = title;
            this.start = start;
            this.end = end;
            this.innovative = innovative;
            this.duplicateOf = duplicateOf;
        }
    }

    List<Action> build(Plan plan, Random random) {
        DossierIntent intent = plan.intent;
        CollectiviteType type = intent.collectivite().type();
        Method method = Method.of(intent.edition());
        LocalDate jury = method.juryDate();
        Set<String> catalogueEnjeux = new HashSet<>();
        for (String mention : method.catalogue().keySet()) {
            catalogueEnjeux.add(method.mentionEnjeu(mention));
        }
        Map<String, MentionIntent> mentionByEnjeu = new HashMap<>();
        intent.mentions().forEach((mention, mi) -> mentionByEnjeu.put(method.mentionEnjeu(mention), mi));

        // Actions per enjeu: the minimum, then the rest by popularity.
        Map<String, Integer> counts = new LinkedHashMap<>(plan.minimum);
        int rest = plan.eligible - counts.values().stream().mapToInt(Integer::intValue).sum();
        if (rest < 0) {
            throw new IllegalStateException("plan below its minimum for " + intent.collectivite().code());
        }
        List<String> enjeux = new ArrayList<>(counts.keySet());
        List<Double> weights = new ArrayList<>();
        for (String enjeu : enjeux) {
            weights.add(POPULARITY.get(enjeu) * (0.4 + random.nextDouble()));
        }
        for (int i = 0; i < rest; i++) {
            counts.merge(enjeux.get(Draw.weighted(random, weights)), 1, Integer::sum);
        }
        // Which enjeux are strong (two distinct services or more).
        Set<String> strong = new HashSet<>(plan.forcedStrong);
        List<String> couldBeStrong = Draw.shuffled(random,
                enjeux.stream().filter(en -> counts.get(en) >= 2 && !plan.forcedStrong.contains(en)).toList());
        for (String enjeu : couldBeStrong) {
            if (plan.maxStrong != null) {
                if (strong.size() < plan.maxStrong) {
                    strong.add(enjeu);
                }
            } else if (Draw.chance(random, 0.85)) {
                strong.add(enjeu);
            }
        }

        List<Draft> drafts = new ArrayList<>();
        Set<String> usedTitles = new HashSet<>();
        Map<String, String> featuredTitles = new LinkedHashMap<>();
        for (Featured featured : intent.featured()) {
            featuredTitles.put(featured.service(), featured.title());
        }
        for (String enjeu : enjeux) {
            int count = counts.get(enjeu);
            List<Service> pool = referentiel.servicesOf(referentiel.enjeu(enjeu));
            List<Service> ordered = new ArrayList<>();
            for (String code : featuredTitles.keySet()) {
                Service s = service(code);
                if (s.enjeu().equals(enjeu)) {
                    ordered.add(s);
                }
            }
            for (Service s : Draw.shuffled(random, pool)) {
                if (!ordered.contains(s)) {
                    ordered.add(s);
                }
            }
            int distinct = strong.contains(enjeu)
                    ? Math.max(Math.max(2, (int) ordered.stream().filter(s -> featuredTitles.containsKey(s.code())).count()),
                    Draw.around(random, 2, Math.min(count, pool.size())))
                    : 1;
            distinct = Math.min(distinct, Math.min(count, pool.size()));
            List<Service> used = ordered.subList(0, distinct);
            Set<Integer> innovative = new HashSet<>();
            MentionIntent mi = mentionByEnjeu.get(enjeu);
            if (mi != null) {
                innovative.addAll(Draw.shuffled(random, range(count)).subList(0, mi.innovative()));
            } else if (!catalogueEnjeux.contains(enjeu)) {
                for (int i = 0; i < count; i++) {
                    if (Draw.chance(random, INNOVATIVE_RATE)) {
                        innovative.add(i);
                    }
                }
            }
            Set<String> servicesSeen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                Service service = i < distinct ? used.get(i) : Draw.pick(random, used);
                List<String> codes = new ArrayList<>();
                codes.add(service.code());
                if (distinct >= 2 && Draw.chance(random, 0.07)) {
                    Service other = Draw.pick(random, used);
                    if (!other.equals(service)) {
                        codes.add(other.code());
                    }
                } else if (Draw.chance(random, 0.004)) {
                    codes.add(Draw.pick(random, Titles.UNKNOWN_SERVICES)[0]);
                }
                LocalDate start = eligibleStart(jury, random);
                LocalDate end = null;
                if (Draw.chance(random, 0.1)) {
                    LocalDate from = start.plusDays(30).isAfter(jury.minusYears(method.windowYears()))
                            ? start.plusDays(30) : jury.minusYears(method.windowYears());
                    if (from.isBefore(jury)) {
                        end = from.plusDays(random.nextInt((int) (jury.toEpochDay() - from.toEpochDay())));
                    }
                }
                String title;
                if (featuredTitles.containsKey(service.code()) && !servicesSeen.contains(service.code())) {
                    title = featuredTitles.get(service.code());
                    usedTitles.add(title);
                } else {
                    title = Titles.title(service, type, start, !servicesSeen.contains(service.code()), random,
                            usedTitles);
                }
                servicesSeen.add(service.code());
                drafts.add(new Draft(List.copyOf(codes), title, start, end, innovative.contains(i), null));
            }
        }
        List<Draft> eligibleDrafts = List.copyOf(drafts);
        List<Draft> duplicates = new ArrayList<>();
        for (String kind : plan.ineligible) {
            switch (kind) {
                case DUPLICATE -> {
                    Draft original = Draw.pick(random, eligibleDrafts);
                    duplicates.add(new Draft(original.services, original.title, original.start, original.end,
                            original.innovative, original));
                }
                case UNKNOWN_SERVICE -> {
                    String[] unknown = Draw.pick(random, Titles.UNKNOWN_SERVICES);
                    drafts.add(new Draft(List.of(unknown[0]), unknown[1], eligibleStart(jury, random), null, false,
                            null));
                }
                case NOT_STARTED -> {
                    Service service = Draw.pick(random, referentiel.services());
                    LocalDate start = jury.plusDays(Draw.between(random, 5, 200));
                    drafts.add(new Draft(List.of(service.code()), Titles.announced(service, start), start, null, false,
                            null));
                }
                case TOO_OLD -> {
                    Service service = Draw.pick(random, referentiel.services());
                    LocalDate start = jury.minusDays(Draw.between(random, 4 * 365, 9 * 365));
                    LocalDate limit = jury.minusYears(method.windowYears()).minusDays(1);
                    LocalDate end = start.plusDays(Draw.between(random, 90,
                            (int) (limit.toEpochDay() - start.toEpochDay())));
                    drafts.add(new Draft(List.of(service.code()), Titles.ended(service, end), start, end, false,
                            null));
                }
                default -> throw new IllegalStateException(kind);
            }
        }
        // Oldest first, as a dossier lists its fiches; a duplicate comes somewhere after its original.
        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing((Draft d) -> d.start));
        for (Draft duplicate : duplicates) {
            int after = ordered.indexOf(duplicate.duplicateOf);
            ordered.add(Draw.between(random, after + 1, ordered.size()), duplicate);
        }
        List<Action> actions = new ArrayList<>();
        int number = 0;
        for (Draft draft : ordered) {
            draft.id = draft.duplicateOf != null ? draft.duplicateOf.id : String.format("a-%03d", ++number);
            actions.add(new Action(draft.id, draft.title, draft.services, draft.start, draft.end, draft.innovative));
        }
        return actions;
    }

    /** A start date on or before the jury date: mostly in the last two years, some older. */
    private static LocalDate eligibleStart(LocalDate jury, Random random) {
        int days = switch (Draw.weighted(random, 0.4, 0.3, 0.2, 0.1)) {
            case 0 -> Draw.between(random, 20, 365);
            case 1 -> Draw.between(random, 366, 730);
            case 2 -> Draw.between(random, 731, 4 * 365);
            default -> Draw.between(random, 4 * 365 + 1, 7 * 365);
        };
        return jury.minusDays(days);
    }

    private Service service(String code) {
        return referentiel.service(code).orElseThrow(() -> new IllegalArgumentException("unknown service " + code));
    }

    private static List<Integer> range(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }
}
