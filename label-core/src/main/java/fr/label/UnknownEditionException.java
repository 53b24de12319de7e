package fr.label;

import java.util.Collection;

/** An edition year with no rule set. The message lists the known editions. */
public class UnknownEditionException extends IllegalArgumentException {

    /** The year asked for. */
    private final int edition;

    /**
     * @param edition the year asked for
     * @param known   the editions with a rule set
     */
    public UnknownEditionException(int edition, Collection<Integer> known) {
        super("unknown edition " + edition + "; known editions: " + known);
        this.edition = edition;
    }

    /** @return the year asked for */
    public int edition() {
        return edition;
    }
}
