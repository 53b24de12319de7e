package fr.label.result;

import java.util.List;

/**
 * Whether one filed action counts, and if not, the first reason it does not.
 *
 * @param id              the action's id
 * @param title           the action's title
 * @param eligible        whether it counts for the mosaïque and the levels
 * @param reason          the ineligibility reason code ({@link #DUPLICATE}, {@link #UNKNOWN_SERVICE},
 *                        {@link #NOT_STARTED}, {@link #TOO_OLD}, or another one a rule set defines),
 *                        or {@code null} when eligible
 * @param unknownServices service codes of the action that the référentiel does not know
 * @param explanations    why the rules decided so about this very action (also in the result's explanations)
 */
public record ActionResult(String id, String title, boolean eligible, String reason, List<String> unknownServices,
                           List<Explanation> explanations) {

    /** An earlier action of the dossier has the same id. */
    public static final String DUPLICATE = "DUPLICATE";
    /** None of its services is in the référentiel. */
    public static final String UNKNOWN_SERVICE = "UNKNOWN_SERVICE";
    /** It starts after the jury date. */
    public static final String NOT_STARTED = "NOT_STARTED";
    /** It ended more than two years before the jury date. */
    public static final String TOO_OLD = "TOO_OLD";

    /**
     * Keeps copies of the lists.
     *
     * @param id              the action's id
     * @param title           the action's title
     * @param eligible        whether it counts for the mosaïque and the levels
     * @param reason          the ineligibility reason code ({@link #DUPLICATE}, {@link #UNKNOWN_SERVICE},
     *                        {@link #NOT_STARTED}, {@link #TOO_OLD}, or another one a rule set defines),
     *                        or {@code null} when eligible
     * @param unknownServices service codes of the action that the référentiel does not know
     * @param explanations    why the rules decided so about this very action (also in the result's explanations)
     */
    public ActionResult {
        unknownServices = List.copyOf(unknownServices);
        explanations = List.copyOf(explanations);
    }
}
