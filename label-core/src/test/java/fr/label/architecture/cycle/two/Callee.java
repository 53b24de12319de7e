package fr.label.architecture.cycle.two;

import fr.label.architecture.cycle.one.Caller;

/** The other half of a package cycle, for CoreArchitectureTest. */
public final class Callee {

    public int answer(Caller caller) {
        return caller == null ? 0 : 1;
    }
}
