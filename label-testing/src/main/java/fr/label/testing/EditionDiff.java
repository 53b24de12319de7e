package fr.label.testing;

import fr.label.dossier.CollectiviteType;
import fr.label.result.Excellence;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;
import fr.label.result.Topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a rule change does to a whole edition: the same dossiers evaluated under two rule sets,
 * and each collectivité whose arobases, mentions or excellence changed.
 *
 * <pre>{@code
 * Candidatures edition = LabelJson.readCandidatures(Path.of("edition-2023.json"));
 * Palmares before = LabelEngine.forEdition(2023).evaluateEdition(edition);
 * Palmares after = LabelEngine.builder().edition(2023).rules(Path.of("my-rules")).build().evaluateEdition(edition);
 * EditionDiff diff = EditionDiff.between(before, after);
 * diff.changes().forEach(c -> System.out.println(c.after().name() + " " + c.before().arobases() + "@ → " + c.after().arobases() + "@"));
 * diff.lostALevel();   // by type
 * }</pre>
 *
 * @param edition   the palmarès year
 * @param dossiers  how many dossiers were evaluated under both rule sets
 * @param changes   each collectivité whose outcome changed, in the edition's order
 */
public record EditionDiff(int edition, int dossiers, List<Change> changes) {

    /**
     * Keeps copies of the lists.
     *
     * @param edition   the palmarès year
     * @param dossiers  how many dossiers were evaluated under both rule sets
     * @param changes   each collectivité whose outcome changed, in the edition's order
     */
    public EditionDiff {
        changes = List.copyOf(changes);
    }

    /**
     * One collectivité's outcome under the base rules and under the candidate rules.
     *
     * @param before its result under the base rules
     * @param after  its result under the candidate rules
     */
    public record Change(Result before, Result after) {

        /**
         * @return whether the level differs
         */
        public boolean arobasesChanged() {
            return before.arobases() != after.arobases();
        }

        /**
         * @return whether the awarded mentions differ
         */
        public boolean mentionsChanged() {
            return !codes(before.mentions()).equals(codes(after.mentions()));
        }

        /**
         * @return whether the excellence status or its validity differs
         */
        public boolean excellenceChanged() {
            return !before.excellence().equals(after.excellence());
        }

        /**
         * @return the codes of the mentions awarded under the base rules
         */
        public Set<String> mentionsBefore() {
            return codes(before.mentions());
        }

        /**
         * @return the codes of the mentions awarded under the candidate rules
         */
        public Set<String> mentionsAfter() {
            return codes(after.mentions());
        }

        /**
         * The explanations of the new decisions, as the candidate rules recorded them.
         *
         * @return the explanations of what changed
         */
        public List<Explanation> explanations() {
            List<Explanation> why = new ArrayList<>();
            if (arobasesChanged()) {
                why.addAll(after.explanationsOf(Topic.AROBASES));
            }
            if (mentionsChanged()) {
                why.addAll(after.explanationsOf(Topic.MENTION));
            }
            if (excellenceChanged()) {
                why.addAll(after.explanationsOf(Topic.EXCELLENCE));
            }
            return why;
        }

        private static Set<String> codes(List<Mention> mentions) {
            return mentions.stream().map(Mention::code).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Compares two evaluations of the same edition, collectivité by collectivité (matched by code).
     *
     * @param before the edition evaluated with the base rules
     * @param after  the same edition evaluated with the candidate rules
     * @return the collectivités whose outcome changed
     */
    public static EditionDiff between(Palmares before, Palmares after) {
        if (before.edition() != after.edition()) {
            throw new IllegalArgumentException("expected two evaluations of one edition, found " + before.edition()
                    + " and " + after.edition());
        }
        List<Change> changes = new ArrayList<>();
        for (Result old : before.results()) {
            Result now = after.result(old.code()).orElse(null);
            if (now == null) {
                continue;
            }
            Change change = new Change(old, now);
            if (change.arobasesChanged() || change.mentionsChanged() || change.excellenceChanged()) {
                changes.add(change);
            }
        }
        return new EditionDiff(before.edition(), before.results().size(), changes);
    }

    /**
     * How many collectivités gain at least one arobase, by type (every type present, 0 included).
     *
     * @return the counts by type
     */
    public Map<CollectiviteType, Integer> gainedALevel() {
        return countByType(change -> change.after().arobases() > change.before().arobases());
    }

    /**
     * How many collectivités lose at least one arobase, by type (every type present, 0 included).
     *
     * @return the counts by type
     */
    public Map<CollectiviteType, Integer> lostALevel() {
        return countByType(change -> change.after().arobases() < change.before().arobases());
    }

    /**
     * Mentions awarded under the candidate rules and not under the base rules.
     * @return how many, all collectivités together
     */
    public int mentionsGained() {
        return changes.stream().mapToInt(c -> (int) c.mentionsAfter().stream()
                .filter(m -> !c.mentionsBefore().contains(m)).count()).sum();
    }

    /**
     * Mentions awarded under the base rules and not under the candidate rules.
     * @return how many, all collectivités together
     */
    public int mentionsLost() {
        return changes.stream().mapToInt(c -> (int) c.mentionsBefore().stream()
                .filter(m -> !c.mentionsAfter().contains(m)).count()).sum();
    }

    /**
     * @return how many collectivités' excellence status or validity changed
     */
    public int excellenceChanged() {
        return (int) changes.stream().filter(Change::excellenceChanged).count();
    }

    private Map<CollectiviteType, Integer> countByType(java.util.function.Predicate<Change> which) {
        Map<CollectiviteType, Integer> counts = new EnumMap<>(CollectiviteType.class);
        for (CollectiviteType type : CollectiviteType.values()) {
            counts.put(type, 0);
        }
        for (Change change : changes) {
            if (which.test(change)) {
                counts.merge(change.after().type(), 1, Integer::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * "AWARDED until 2025", "HOLDER until 2024", "NONE".
     *
     * @param excellence an excellence outcome
     * @return its status, with its validity when it has one
     */
    public static String show(Excellence excellence) {
        return excellence.validUntil() == null ? excellence.status().name()
                : excellence.status() + " until " + excellence.validUntil();
    }

    /** "décernée jusqu'en 2025", "awarded until 2025", "none": the status as reports word it. */
    public static String show(Excellence excellence, fr.label.Language language) {
        String status = excellence.status().label(language);
        if (excellence.validUntil() == null) {
            return status;
        }
        return status + (language == fr.label.Language.EN ? " until " : " jusqu'en ") + excellence.validUntil();
    }
}
