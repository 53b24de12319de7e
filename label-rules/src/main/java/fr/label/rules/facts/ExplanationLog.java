package fr.label.rules.facts;

import fr.label.result.Explanation;
import fr.label.result.Topic;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules record why they decided, as the global {@code explanations}. One log per
 * session; the rule's name is taken from the firing rule so that it cannot drift.
 *
 * <pre>
 * explanations.record(drools, Topic.AROBASES, null,
 *         "{0}@ : toutes les conditions sont remplies.", "{0}@: every condition is met.", $level);
 * explanations.recordForAction(drools, Topic.ACTION, $action,
 *         "Action retenue : commencée le {0}.", "Action counted: started on {0}.", $action.start());
 * </pre>
 */
public final class ExplanationLog {

    /**
     * An explanation, the dossier it belongs to when the session holds a whole edition, and the
     * position of the action it is about (-1 when it is not about one action).
     */
    public record Entry(String dossierCode, int actionPosition, Explanation explanation) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** An empty log: the engine gives each session one, as the global {@code explanations}. */
    public ExplanationLog() {
    }

    /** Records an explanation of the session's only dossier. */
    public void record(Object drools, Topic topic, String subject, String french, String english,
                       Object... arguments) {
        recordFor(null, drools, topic, subject, french, english, arguments);
    }

    /**
     * Records an explanation about one filed action; the action, not only its id, is named so that
     * two actions sharing an id keep their own explanations.
     */
    public void recordForAction(Object drools, Topic topic, FiledAction action, String french, String english,
                       Object... arguments) {
        entries.add(new Entry(null, action.position(),
                new Explanation(topic, action.id(), ruleName(drools), french, english, arguments)));
    }

    /** Records an explanation of one dossier of an edition-wide session. */
    public void recordFor(String dossierCode, Object drools, Topic topic, String subject,
                          String french, String english, Object... arguments) {
        entries.add(new Entry(dossierCode, -1,
                new Explanation(topic, subject, ruleName(drools), french, english, arguments)));
    }

    /**
     * The firing rule's name. {@code drools} is the consequence's {@code drools}: a RuleContext
     * when the rules are compiled from DRL, an {@code org.drools.model.Drools} (which hands out
     * its RuleContext) in the executable model.
     */
    private static String ruleName(Object drools) {
        if (drools instanceof RuleContext context) {
            return context.getRule().getName();
        }
        if (drools instanceof Drools model) {
            return model.getContext(RuleContext.class).getRule().getName();
        }
        throw new IllegalArgumentException("expected the consequence's drools, found " + drools);
    }

    public List<Entry> entries() {
        return entries;
    }
}
