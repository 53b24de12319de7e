package fr.label.rules.facts;

/**
 * Checks the figures a settings builder receives, so that a rule file that leaves one out or
 * writes a negative one fails with the setting's name rather than with a zero nobody wrote.
 */
final class Figures {

    private Figures() {
    }

    static int set(String settings, String name, Integer value) {
        if (value == null) {
            throw new IllegalStateException(settings + ": " + name + " is not set");
        }
        return value;
    }

    static int notNegative(String settings, String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(settings + ": " + name + " must be 0 or more, found " + value);
        }
        return value;
    }
}
