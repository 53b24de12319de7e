package fr.label.rules.facts;

import fr.label.result.Mention;

/**
 * A mention of an edition's catalogue, with the jury's cap.
 *
 * @param cap how many dossiers may receive it in the edition, or {@code null} for no cap
 */
public record MentionKind(String code, String enjeu, String label, String labelEn, Integer cap) {

    public boolean capped() {
        return cap != null;
    }

    public Mention mention() {
        return new Mention(code, enjeu, label, labelEn);
    }
}
