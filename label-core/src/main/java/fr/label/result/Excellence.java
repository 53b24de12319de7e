package fr.label.result;

/**
 * The "Territoire d'excellence numérique" outcome of a dossier.
 *
 * @param status     none, awarded now, or held from an earlier edition
 * @param validUntil last palmarès year it is valid for, or {@code null} when {@link ExcellenceStatus#NONE}
 */
public record Excellence(ExcellenceStatus status, Integer validUntil) {

    /** No distinction, neither awarded nor held. */
    public static final Excellence NONE = new Excellence(ExcellenceStatus.NONE, null);
}
