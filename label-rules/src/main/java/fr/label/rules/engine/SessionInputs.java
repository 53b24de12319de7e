package fr.label.rules.engine;

import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.rules.facts.Deliberation;
import fr.label.rules.facts.FiledAction;
import fr.label.rules.facts.MentionCandidate;

import java.util.List;

/**
 * The facts the engine itself inserts into its sessions; every other fact is inserted by the
 * rules. A rule that needs a fact neither inserted here nor by a rule can never fire.
 */
public final class SessionInputs {

    /** A dossier's session ({@link DossierEvaluator}). */
    public static final List<Class<?>> DOSSIER = List.of(Dossier.class, HistoryEntry.class, FiledAction.class);

    /** The mentions' deliberation over an edition ({@link MentionJury}). */
    public static final List<Class<?>> DELIBERATION = List.of(Deliberation.class, MentionCandidate.class);

    private SessionInputs() {
    }
}
