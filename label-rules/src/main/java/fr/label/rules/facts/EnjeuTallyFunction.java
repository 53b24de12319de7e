package fr.label.rules.facts;

import org.kie.api.runtime.rule.AccumulateFunction;

import java.io.ObjectInput;
import java.io.ObjectOutput;

/**
 * The accumulate function {@code enjeuTally($action)} of the mosaïque rules: tallies eligible
 * actions by enjeu in one pass, instead of one pass per enjeu.
 *
 * <pre>
 * import accumulate fr.label.rules.facts.EnjeuTallyFunction enjeuTally;
 * $tally : EnjeuTally() from accumulate( ActionEligibility( eligible, $action : action ), enjeuTally( $action ) )
 * </pre>
 */
public final class EnjeuTallyFunction implements AccumulateFunction<EnjeuTally> {

    /** Drools builds it, from {@code import accumulate} in the rule files. */
    public EnjeuTallyFunction() {
    }

    @Override
    public EnjeuTally createContext() {
        return new EnjeuTally();
    }

    @Override
    public void init(EnjeuTally tally) {
        tally.clear();
    }

    @Override
    public void accumulate(EnjeuTally tally, Object action) {
        tally.add((FiledAction) action, 1);
    }

    @Override
    public void reverse(EnjeuTally tally, Object action) {
        tally.add((FiledAction) action, -1);
    }

    @Override
    public Object getResult(EnjeuTally tally) {
        return tally;
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return EnjeuTally.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
        // stateless
    }

    @Override
    public void readExternal(ObjectInput in) {
        // stateless
    }
}
