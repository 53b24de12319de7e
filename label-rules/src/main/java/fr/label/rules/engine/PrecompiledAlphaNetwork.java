package fr.label.rules.engine;

import org.drools.ancompiler.CompiledNetwork;
import org.drools.base.common.NetworkNode;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RightInputAdapterNode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The superclass the build gives the alpha networks it compiles ({@link ExecutableModelWriter}),
 * between them and Drools' {@link CompiledNetwork}: it wires one into its type node as Drools'
 * {@code setStartingObjectTypeNode} does, but without Drools' node visitor, whose class needs the
 * source generator's Java parser, which the library does not ship. Public only for the generated
 * classes, in the editions' packages; the package is not exported.
 */
public abstract class PrecompiledAlphaNetwork extends CompiledNetwork {

    /**
     * Hands the generated class every node under its type node, as Drools' visitor does.
     *
     * @return whether every node and constraint the class names was found: if not, the class was
     *         generated from another network and must not be linked
     */
    final boolean connect(ObjectTypeNode node) {
        objectTypeNode = node;
        // Every node is offered: the generated class keeps those whose ids it names.
        offer(node.getObjectSinkPropagator(), Collections.newSetFromMap(new IdentityHashMap<>()));
        try {
            for (Field field : getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && (NetworkNode.class.isAssignableFrom(field.getType())
                        || AlphaNodeFieldConstraint.class.isAssignableFrom(field.getType()))) {
                    field.setAccessible(true);
                    if (field.get(this) == null) {
                        return false;
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        return true;
    }

    /** From now on the type node hands its facts to this class instead of its interpreted network. */
    final void link() {
        setOriginalSinkPropagator(objectTypeNode.getObjectSinkPropagator());
        objectTypeNode.setObjectSinkPropagator(this);
    }

    private void offer(ObjectSinkPropagator propagator, Set<ObjectSink> seen) {
        for (ObjectSink sink : propagator.getSinks()) {
            offer(sink, seen);
        }
        if (propagator instanceof CompositeObjectSinkAdapter composite) {
            if (composite.getHashedSinkMap() != null) {
                composite.getHashedSinkMap().values().forEach(sink -> offer(sink, seen));
            }
            if (composite.getRangeIndexMap() != null) {
                composite.getRangeIndexMap().values().forEach(index -> index.getAllValues().forEach(sink -> offer(sink, seen)));
            }
        }
    }

    private void offer(ObjectSink sink, Set<ObjectSink> seen) {
        if (!seen.add(sink)) {
            return;
        }
        // A join's input from this side is its own node; the generated class names the join.
        setNetworkNodeReference(sink instanceof RightInputAdapterNode right ? right.getBetaNode() : (NetworkNode) sink);
        if (sink instanceof AlphaNode alpha) {
            offer(alpha.getObjectSinkPropagator(), seen);
        }
    }
}
