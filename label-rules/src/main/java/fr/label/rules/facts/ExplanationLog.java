package fr.label.rules.facts;

import fr.label.result.Explanation;
import fr.label.result.Topic;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules record why they decided, as the global {@code explanations}. One log per
 * session; the rule's name is taken from the firing rule so that it cannot drift.
 *
 * <pre>
 * explanations.record(drools, Topic.ACTION, $a.id(),
 *         "Action éligible : commencée le {0}.", "Eligible action: started on {0}.", $a.start());
 * </pre>
 */
public final class ExplanationLog {

    /** An explanation, and the dossier it belongs to when the session holds a whole edition. */
    public record Entry(String dossierCode, Explanation explanation) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records an explanation of the session's only dossier. */
    public void record(RuleContext drools, Topic topic, String subject, String french, String english,
                       Object... arguments) {
        recordFor(null, drools, topic, subject, french, english, arguments);
    }

    /** Records an explanation of one dossier of an edition-wide session. */
    public void recordFor(String dossierCode, RuleContext drools, Topic topic, String subject,
                          String french, String english, Object... arguments) {
        entries.add(new Entry(dossierCode,
                new Explanation(topic, subject, drools.getRule().getName(), french, english, arguments)));
    }

    public List<Entry> entries() {
        return entries;
    }
}
