package fr.label.result;

/** Which part of a result an explanation is about. */
public enum Topic {
    /** An action's eligibility, and its first reason when it does not count. */
    ACTION,
    /** Something worth knowing that decides nothing, e.g. a service code the référentiel does not know. */
    WARNING,
    /** The mosaïque: covered and strong enjeux, covered catégories. */
    MOSAIQUE,
    /** The level. */
    AROBASES,
    /** What the next level still needs. */
    NEXT_LEVEL,
    /** A mention: eligible or not, awarded or not, and why. */
    MENTION,
    /** The "Territoire d'excellence numérique" status. */
    EXCELLENCE
}
