package fr.label.rules.facts;

/**
 * The rules' decision on one filed action.
 *
 * @param reason the ineligibility reason code, or {@code null} when eligible
 */
public record ActionEligibility(FiledAction action, boolean eligible, String reason) {

    public int position() {
        return action.position();
    }

    public static ActionEligibility eligible(FiledAction action) {
        return new ActionEligibility(action, true, null);
    }

    public static ActionEligibility ineligible(FiledAction action, String reason) {
        return new ActionEligibility(action, false, reason);
    }
}
