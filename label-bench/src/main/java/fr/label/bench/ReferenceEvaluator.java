package fr.label.bench;

import fr.label.Threshold;
import fr.label.bench.ReferenceMethod.MentionRule;
import fr.label.dossier.Action;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.referentiel.Enjeu;
import fr.label.referentiel.Referentiel;
import fr.label.referentiel.Service;
import fr.label.result.ActionResult;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Result;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * docs/method.md written directly in plain Java, with the figures of {@link ReferenceMethod}: a
 * second oracle for the rules and the yardstick of the benchmarks. It lives in the benchmark
 * code only; the library never calls it.
 *
 * <p>It assumes dossiers whose content is valid (docs/formats.md, Bad input, is the reader's job); of an
 * edition it leaves out, like an edition file, a dossier of another edition and a dossier whose
 * collectivité code an earlier dossier already used. Immutable and thread-safe.
 */
public final class ReferenceEvaluator {

    private final ReferenceMethod method;
    private final Referentiel referentiel;
    private final List<Enjeu> enjeux;
    private final List<String> enjeuCodes;
    /** Service code → index of its enjeu in {@link #enjeux}; services are also numbered for "distinct". */
    private final Map<String, Integer> enjeuOfService = new HashMap<>();
    private final Map<String, Integer> serviceNumber = new HashMap<>();
    private final int[] categorieOfEnjeu;
    private final int categories;
    private final int democratieLocale;
    private final int[] mentionEnjeu;
    private final LocalDate oldestEnd;
    /** The thresholds of each type, by level (index 2 to the top level), in table order. */
    private final Map<CollectiviteType, List<List<Threshold>>> table = new HashMap<>();

    public ReferenceEvaluator(ReferenceMethod method, Referentiel referentiel) {
        this.method = method;
        this.referentiel = referentiel;
        this.enjeux = referentiel.enjeux();
        this.enjeuCodes = enjeux.stream().map(Enjeu::code).toList();
        List<String> categorieCodes = referentiel.categories().stream().map(c -> c.code()).toList();
        this.categories = categorieCodes.size();
        this.categorieOfEnjeu = new int[enjeux.size()];
        for (int e = 0; e < enjeux.size(); e++) {
            categorieOfEnjeu[e] = categorieCodes.indexOf(enjeux.get(e).categorie());
        }
        for (Service service : referentiel.services()) {
            enjeuOfService.put(service.code(), enjeuCodes.indexOf(service.enjeu()));
            serviceNumber.put(service.code(), serviceNumber.size());
        }
        this.democratieLocale = enjeuCodes.indexOf(ReferenceMethod.DEMOCRATIE_LOCALE);
        this.mentionEnjeu = method.catalogue().stream().mapToInt(m -> enjeuCodes.indexOf(m.enjeu())).toArray();
        this.oldestEnd = method.juryDate().minusYears(method.windowYears());
        for (CollectiviteType type : CollectiviteType.values()) {
            List<List<Threshold>> byLevel = new ArrayList<>();
            for (int level = 0; level <= method.topLevel(); level++) {
                byLevel.add(level < 2 ? List.of() : method.thresholds(type, level));
            }
            table.put(type, byLevel);
        }
    }

    /** The reference evaluator of an edition's default method with the shipped référentiel. */
    public static ReferenceEvaluator forEdition(int edition) {
        return new ReferenceEvaluator(ReferenceMethod.of(edition), Referentiel.defaultReferentiel());
    }

    public ReferenceMethod method() {
        return method;
    }

    public Referentiel referentiel() {
        return referentiel;
    }

    /** Evaluates one dossier alone: no other dossier competes for a cap, so eligible means awarded. */
    public Outcome evaluate(Dossier dossier) {
        Decided decided = decide(dossier);
        return decided.outcome(decided.mentionsEligible);
    }

    /** Evaluates an edition: each dossier, then the mentions within each cap, in the jury's order. */
    public EditionOutcome evaluateEdition(List<Dossier> dossiers) {
        return evaluateEdition(dossiers, 1);
    }

    /**
     * Evaluates an edition with the dossiers decided on several threads, as the engine does, so
     * that benchmarks compare like with like; the outcome is the same whatever the count.
     */
    public EditionOutcome evaluateEdition(List<Dossier> dossiers, int threads) {
        List<Dossier> kept = new ArrayList<>(dossiers.size());
        List<Integer> rejected = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < dossiers.size(); i++) {
            Dossier dossier = dossiers.get(i);
            if (dossier.edition() != method.edition() || !codes.add(dossier.code())) {
                rejected.add(i);
            } else {
                kept.add(dossier);
            }
        }
        List<Decided> decided = decideAll(kept, threads);
        Map<Decided, Set<String>> awards = new HashMap<>();
        for (int m = 0; m < method.catalogue().size(); m++) {
            MentionRule mention = method.catalogue().get(m);
            List<Decided> candidates = new ArrayList<>();
            for (Decided d : decided) {
                if (d.mentionsEligible.contains(mention.code())) {
                    candidates.add(d);
                }
            }
            if (mention.cap() != null && candidates.size() > mention.cap()) {
                int enjeu = mentionEnjeu[m];
                // The jury's order: most innovative eligible actions in the enjeu, then most eligible
                // actions in the enjeu, then most arobases, then the smallest collectivité code.
                candidates.sort(Comparator.<Decided>comparingInt(d -> -d.innovativePerEnjeu[enjeu])
                        .thenComparingInt(d -> -d.actionsPerEnjeu[enjeu])
                        .thenComparingInt(d -> -d.arobases)
                        .thenComparing(d -> d.dossier.code()));
                candidates = candidates.subList(0, mention.cap());
            }
            for (Decided d : candidates) {
                awards.computeIfAbsent(d, k -> new HashSet<>()).add(mention.code());
            }
        }
        List<Outcome> results = new ArrayList<>(decided.size());
        for (Decided d : decided) {
            Set<String> awarded = awards.getOrDefault(d, Set.of());
            results.add(d.outcome(d.mentionsEligible.stream().filter(awarded::contains).toList()));
        }
        List<String> catalogue = method.catalogue().stream().map(MentionRule::code).toList();
        return new EditionOutcome(method.edition(), results, rejected, EditionOutcome.Summary.of(results, catalogue));
    }

    private List<Decided> decideAll(List<Dossier> dossiers, int threads) {
        if (threads <= 1 || dossiers.size() < 2) {
            List<Decided> decided = new ArrayList<>(dossiers.size());
            dossiers.forEach(dossier -> decided.add(decide(dossier)));
            return decided;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> dossiers.parallelStream().map(this::decide).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Everything about one dossier that does not depend on the other dossiers of the edition. */
    private Decided decide(Dossier dossier) {
        int enjeuCount = enjeux.size();
        int[] actionsPerEnjeu = new int[enjeuCount];
        int[] innovativePerEnjeu = new int[enjeuCount];
        int[] servicesPerEnjeu = new int[enjeuCount];
        boolean[] serviceUsed = new boolean[serviceNumber.size()];
        List<Outcome.ActionOutcome> actions = new ArrayList<>(dossier.actions().size());
        Set<String> ids = new HashSet<>();
        boolean[] touched = new boolean[enjeuCount];
        int eligibleActions = 0;
        for (Action action : dossier.actions()) {
            List<String> unknown = new ArrayList<>(0);
            boolean anyKnown = false;
            for (String service : action.services()) {
                if (enjeuOfService.containsKey(service)) {
                    anyKnown = true;
                } else {
                    unknown.add(service);
                }
            }
            String reason;
            if (!ids.add(action.id())) {
                reason = ActionResult.DUPLICATE;
            } else if (!anyKnown) {
                reason = ActionResult.UNKNOWN_SERVICE;
            } else if (action.start().isAfter(method.juryDate())) {
                reason = ActionResult.NOT_STARTED;
            } else if (action.end() != null && action.end().isBefore(oldestEnd)) {
                reason = ActionResult.TOO_OLD;
            } else {
                reason = null;
            }
            actions.add(new Outcome.ActionOutcome(action.id(), reason == null, reason, unknown));
            if (reason != null) {
                continue;
            }
            eligibleActions++;
            Arrays.fill(touched, false);
            for (String service : action.services()) {
                Integer enjeu = enjeuOfService.get(service);
                if (enjeu != null) {
                    touched[enjeu] = true;
                    int number = serviceNumber.get(service);
                    if (!serviceUsed[number]) {
                        serviceUsed[number] = true;
                        servicesPerEnjeu[enjeu]++;
                    }
                }
            }
            for (int e = 0; e < enjeuCount; e++) {
                if (touched[e]) {
                    actionsPerEnjeu[e]++;
                    if (action.innovative()) {
                        innovativePerEnjeu[e]++;
                    }
                }
            }
        }

        List<Outcome.Tile> mosaique = new ArrayList<>(enjeuCount);
        List<String> uncovered = new ArrayList<>();
        boolean[] categorieCovered = new boolean[categories];
        int covered = 0;
        int strong = 0;
        for (int e = 0; e < enjeuCount; e++) {
            int services = servicesPerEnjeu[e];
            boolean isCovered = actionsPerEnjeu[e] >= method.coveredMinActions();
            boolean isStrong = services >= method.strongMinServices();
            mosaique.add(new Outcome.Tile(enjeuCodes.get(e), actionsPerEnjeu[e], services, isCovered, isStrong));
            if (isCovered) {
                covered++;
                categorieCovered[categorieOfEnjeu[e]] = true;
            } else {
                uncovered.add(enjeuCodes.get(e));
            }
            if (isStrong) {
                strong++;
            }
        }
        int coveredCategories = 0;
        for (boolean c : categorieCovered) {
            coveredCategories += c ? 1 : 0;
        }
        Map<String, Integer> measures = new LinkedHashMap<>();
        measures.put(Result.ELIGIBLE_ACTIONS, eligibleActions);
        measures.put(Result.COVERED_ENJEUX, covered);
        measures.put(Result.STRONG_ENJEUX, strong);
        measures.put(Result.COVERED_CATEGORIES, coveredCategories);
        measures.put(Result.DEMOCRATIE_LOCALE_COVERED,
                democratieLocale >= 0 && actionsPerEnjeu[democratieLocale] >= method.coveredMinActions() ? 1 : 0);

        // Levels are cumulative: climb from 2@ while every condition of the level holds.
        CollectiviteType type = dossier.collectivite().type();
        int arobases = 1;
        List<Outcome.Unmet> unmet = List.of();
        Integer nextLevel = null;
        List<List<Threshold>> levels = table.get(type);
        for (int level = 2; level < levels.size(); level++) {
            List<Outcome.Unmet> missing = new ArrayList<>();
            for (Threshold threshold : levels.get(level)) {
                int actual = measures.get(threshold.measure());
                if (actual < threshold.minimum()) {
                    missing.add(new Outcome.Unmet(threshold.measure(), actual, threshold.minimum()));
                }
            }
            if (!missing.isEmpty()) {
                nextLevel = level;
                unmet = missing;
                break;
            }
            arobases = level;
        }

        List<String> mentionsEligible = new ArrayList<>();
        for (int m = 0; m < method.catalogue().size(); m++) {
            int enjeu = mentionEnjeu[m];
            if (arobases >= method.mentionMinArobases()
                    && actionsPerEnjeu[enjeu] >= method.mentionMinEnjeuActions()
                    && innovativePerEnjeu[enjeu] >= method.mentionMinInnovative()) {
                mentionsEligible.add(method.catalogue().get(m).code());
            }
        }

        ExcellenceStatus excellence = ExcellenceStatus.NONE;
        Integer validUntil = null;
        if (method.excellenceExists()) {
            int current = method.edition();
            int lastAward = Integer.MIN_VALUE;
            int fives = arobases == 5 ? 1 : 0;
            for (HistoryEntry entry : dossier.history()) {
                if (entry.excellence()) {
                    lastAward = Math.max(lastAward, entry.edition());
                }
                if (entry.arobases() == 5) {
                    fives++;
                }
            }
            // Held: awarded in an edition Y >= current - 2, valid until Y + 2; not awarded again meanwhile.
            if (lastAward != Integer.MIN_VALUE && lastAward >= current - (method.excellenceValidity() - 1)) {
                excellence = ExcellenceStatus.HOLDER;
                validUntil = lastAward + method.excellenceValidity() - 1;
            } else if (arobases == 5 && fives >= method.excellenceFives()) {
                excellence = ExcellenceStatus.AWARDED;
                validUntil = current + method.excellenceValidity() - 1;
            }
        }

        Outcome decided = new Outcome(dossier.code(), type, arobases, mentionsEligible, List.of(), excellence,
                validUntil, measures, mosaique, actions, nextLevel, unmet,
                nextLevel == null ? List.of() : uncovered);
        return new Decided(dossier, arobases, mentionsEligible, actionsPerEnjeu, innovativePerEnjeu, decided);
    }

    /** A dossier's decisions before the awards, with the counts the jury ranks on. */
    private static final class Decided {
        final Dossier dossier;
        final int arobases;
        final List<String> mentionsEligible;
        final int[] actionsPerEnjeu;
        final int[] innovativePerEnjeu;
        final Outcome withoutAwards;

        Decided(Dossier dossier, int arobases, List<String> mentionsEligible, int[] actionsPerEnjeu,
                int[] innovativePerEnjeu, Outcome withoutAwards) {
            this.dossier = dossier;
            this.arobases = arobases;
            this.mentionsEligible = mentionsEligible;
            this.actionsPerEnjeu = actionsPerEnjeu;
            this.innovativePerEnjeu = innovativePerEnjeu;
            this.withoutAwards = withoutAwards;
        }

        Outcome outcome(List<String> awarded) {
            Outcome o = withoutAwards;
            return new Outcome(o.code(), o.type(), o.arobases(), o.mentionsEligible(), awarded, o.excellence(),
                    o.validUntil(), o.measures(), o.mosaique(), o.actions(), o.nextLevel(), o.unmet(),
                    o.uncoveredEnjeux());
        }
    }
}
