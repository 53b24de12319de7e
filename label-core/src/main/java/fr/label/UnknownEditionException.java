package fr.label;

import java.util.Collection;

/** An edition year with no rule set. The message lists the known editions. */
public class UnknownEditionException extends IllegalArgumentException {

    private final int edition;

    public UnknownEditionException(int edition, Collection<Integer> known) {
        super("unknown edition " + edition + "; known editions: " + known);
        this.edition = edition;
    }

    public int edition() {
        return edition;
    }
}
