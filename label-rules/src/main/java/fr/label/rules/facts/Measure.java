package fr.label.rules.facts;

/**
 * A count the levels are decided on, as computed by the mosaïque rules.
 *
 * @param name    stable name used by the thresholds, e.g. {@code coveredEnjeux}
 * @param value   the dossier's value (1 or 0 for a yes/no condition)
 * @param label   French wording
 * @param labelEn English wording
 * @param yesNo   whether it is a yes/no condition rather than a count
 */
public record Measure(String name, int value, String label, String labelEn, boolean yesNo) {

    public static Measure count(String name, Number value, String label, String labelEn) {
        return new Measure(name, value.intValue(), label, labelEn, false);
    }

    public static Measure condition(String name, boolean holds, String label, String labelEn) {
        return new Measure(name, holds ? 1 : 0, label, labelEn, true);
    }

    /** "12" or "oui"/"non", for messages. */
    public String shown() {
        return yesNo ? (value > 0 ? "oui" : "non") : String.valueOf(value);
    }

    public String shownEn() {
        return yesNo ? (value > 0 ? "yes" : "no") : String.valueOf(value);
    }
}
