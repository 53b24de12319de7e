package fr.label.result;

/** Which part of a result an explanation is about. */
public enum Topic {
    ACTION, WARNING, MOSAIQUE, AROBASES, NEXT_LEVEL, MENTION, EXCELLENCE
}
