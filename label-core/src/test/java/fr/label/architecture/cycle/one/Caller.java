package fr.label.architecture.cycle.one;

import fr.label.architecture.cycle.two.Callee;

/** Half of a package cycle, for CoreArchitectureTest: it needs {@link Callee}, which needs it back. */
public final class Caller {

    public int call() {
        return new Callee().answer(this);
    }
}
