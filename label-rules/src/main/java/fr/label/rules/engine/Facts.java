package fr.label.rules.engine;

import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Reads a session's facts back out in the order they were inserted, which the rules' text fixes. */
final class Facts {

    private Facts() {
    }

    static List<Object> inInsertionOrder(KieSession session) {
        Collection<FactHandle> handles = session.getFactHandles();
        List<InternalFactHandle> sorted = new ArrayList<>(handles.size());
        for (FactHandle handle : handles) {
            sorted.add((InternalFactHandle) handle);
        }
        sorted.sort(Comparator.comparingLong(InternalFactHandle::getId));
        List<Object> facts = new ArrayList<>(sorted.size());
        for (InternalFactHandle handle : sorted) {
            facts.add(handle.getObject());
        }
        return facts;
    }
}
