package fr.label.rules.facts;

import fr.label.RuleInfo;
import fr.label.result.Explanation;
import fr.label.result.Topic;
import org.drools.model.Drools;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules record why they decided, as the global {@code explanations}. One log per
 * session; the rule's name and its French and English titles ({@code @titleFr}, {@code @titleEn})
 * are taken from the firing rule so that they cannot drift.
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
        entries.add(new Entry(null, action.position(), explanation(drools, topic, action.id(), french, english,
                arguments)));
    }

    /** Records an explanation of one dossier of an edition-wide session. */
    public void recordFor(String dossierCode, Object drools, Topic topic, String subject,
                          String french, String english, Object... arguments) {
        entries.add(new Entry(dossierCode, -1, explanation(drools, topic, subject, french, english, arguments)));
    }

    private static Explanation explanation(Object drools, Topic topic, String subject, String french, String english,
                                           Object[] arguments) {
        Rule rule = rule(drools);
        return new Explanation(topic, subject, rule.getName(), french, english, java.util.Arrays.asList(arguments),
                title(rule, RuleInfo.TITLE_FR), title(rule, RuleInfo.TITLE_EN));
    }

    /**
     * The firing rule. {@code drools} is the consequence's {@code drools}: a RuleContext when the
     * rules are compiled from DRL, an {@code org.drools.model.Drools} (which hands out its
     * RuleContext) in the executable model.
     */
    private static Rule rule(Object drools) {
        if (drools instanceof RuleContext context) {
            return context.getRule();
        }
        if (drools instanceof Drools model) {
            return model.getContext(RuleContext.class).getRule();
        }
        throw new IllegalArgumentException("expected the consequence's drools, found " + drools);
    }

    /** A title from the rule's metadata ({@code @titleFr("...")}), or {@code null} when it has none. */
    public static String title(Rule rule, String key) {
        Object title = rule.getMetaData().get(key);
        return title == null ? null : unquoted(title.toString());
    }

    /** Drools keeps a metadata value it could not evaluate as written, quotes included: without them. */
    private static String unquoted(String value) {
        String text = value.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    public List<Entry> entries() {
        return entries;
    }
}
