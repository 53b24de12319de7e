package fr.label.rules.engine;

import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.Topic;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which a result shows its explanations, taken from the data and never from the
 * order in which the rules fired: by topic, then by the action's position in the dossier, then by
 * subject in the order of the rule set's own tables (the mentions of the catalogue, the measures
 * of the thresholds table), then the dossier's decisions before the jury's, then by rule and
 * message. Rules reordered in their files, or files read in another order, give the same result.
 */
final class ExplanationOrder {

    /** An explanation with what orders it beyond its own fields. */
    record Entry(int actionPosition, boolean byJury, Explanation explanation) {
    }

    private final Comparator<Entry> order;

    ExplanationOrder(List<Mention> catalogue, List<String> measureOrder) {
        List<String> mentions = catalogue.stream().map(Mention::code).toList();
        Comparator<Entry> bySubject = Comparator.comparingInt(entry -> subjectRank(entry.explanation(), mentions, measureOrder));
        this.order = Comparator.comparing((Entry entry) -> entry.explanation().topic())
                .thenComparingInt(Entry::actionPosition)
                .thenComparing(bySubject)
                .thenComparing(entry -> entry.explanation().subject(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Entry::byJury)
                .thenComparing(entry -> entry.explanation().rule())
                .thenComparing(entry -> entry.explanation().message(fr.label.Language.FR));
    }

    /** The explanations in reading order. */
    List<Explanation> sorted(List<Entry> entries) {
        List<Entry> copy = new java.util.ArrayList<>(entries);
        copy.sort(order);
        List<Explanation> explanations = new java.util.ArrayList<>(copy.size());
        for (Entry entry : copy) {
            explanations.add(entry.explanation());
        }
        return explanations;
    }

    /**
     * A dossier's explanations, already in reading order, with the jury's on its mentions put in
     * their place. The jury's explanations are about mentions, never about an action, so each is
     * compared only with the dossier's explanations of other topics (the topic decides) or about
     * mentions (not about an action either): a merge, which leaves the dossier's own order, actions
     * by their position included, as it is.
     */
    List<Explanation> withJury(List<Explanation> dossier, List<Explanation> jury) {
        if (jury.isEmpty()) {
            return dossier;
        }
        List<Entry> juryInOrder = new java.util.ArrayList<>(jury.size());
        for (Explanation explanation : jury) {
            juryInOrder.add(new Entry(-1, true, explanation));
        }
        juryInOrder.sort(order);
        List<Explanation> explanations = new java.util.ArrayList<>(dossier.size() + jury.size());
        int next = 0;
        for (Entry byJury : juryInOrder) {
            while (next < dossier.size() && order.compare(new Entry(-1, false, dossier.get(next)), byJury) < 0) {
                explanations.add(dossier.get(next++));
            }
            explanations.add(byJury.explanation());
        }
        explanations.addAll(dossier.subList(next, dossier.size()));
        return explanations;
    }

    /** The subject's place in the rule set's table for its topic; unknown subjects come after, by name. */
    private static int subjectRank(Explanation explanation, List<String> mentions, List<String> measures) {
        String subject = explanation.subject();
        if (subject == null) {
            return -1;
        }
        int rank = -1;
        if (explanation.topic() == Topic.MENTION) {
            rank = mentions.indexOf(subject);
        } else if (explanation.topic() == Topic.NEXT_LEVEL) {
            rank = measures.indexOf(subject);
        }
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }
}
