package fr.label.rules.engine;

import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.Rete;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Drools' alpha network compiler, run at build time: the alpha network of each shipped edition
 * (the tests on one fact, before facts are joined) generated as Java by
 * {@code drools-alphanetwork-compiler}, compiled by {@link ExecutableModelWriter} into the
 * edition's package beside its executable model, and here only loaded and wired into the rule
 * base, with no source generated and nothing compiled at run time.
 *
 * <p>The generated classes name the network's nodes by their ids. The build therefore records a
 * fingerprint of the network they were generated from (each node's type and id, each hashed
 * value's node); a rule base whose network differs runs without them, interpreted as before:
 * slower, never wrong.
 */
final class CompiledAlphaNetworks {

    /** Set to false to run the precompiled rule sets without their compiled alpha networks (to compare both). */
    static final String USE_PROPERTY = "fr.label.rules.alphaNetwork";
    static final String CLASSES_KEY = "alphaNetworks";
    static final String FINGERPRINT_KEY = "alphaNetworkFingerprint";

    private static final Logger LOG = LoggerFactory.getLogger(CompiledAlphaNetworks.class);

    private CompiledAlphaNetworks() {
    }

    /**
     * Wires the compiled alpha networks listed in an edition's index into its rule base, before
     * any session is made from it.
     *
     * @return whether they were installed; false (and the rule base untouched) when disabled,
     *         absent, or built from another network
     */
    static boolean install(int edition, KieBase kieBase, Properties index) {
        if ("false".equalsIgnoreCase(System.getProperty(USE_PROPERTY))) {
            return false;
        }
        String classes = index.getProperty(CLASSES_KEY, "");
        if (classes.isBlank()) {
            return false;
        }
        Map<String, ObjectTypeNode> nodes = compiledNodes(kieBase, ExecutableModels.packageOf(edition));
        if (!String.join(",", nodes.keySet()).equals(classes)
                || !fingerprint(nodes.values()).equals(index.getProperty(FINGERPRINT_KEY))) {
            LOG.warn("the compiled alpha network of edition {} does not match its rule base; running without it", edition);
            return false;
        }
        List<PrecompiledAlphaNetwork> networks = new ArrayList<>();
        try {
            for (Map.Entry<String, ObjectTypeNode> entry : nodes.entrySet()) {
                networks.add((PrecompiledAlphaNetwork) Class.forName(entry.getKey())
                        .getDeclaredConstructor(ReadAccessor.class, Map.class)
                        .newInstance(hashedFieldReader(entry.getValue()), Map.<String, AlphaRangeIndex>of()));
            }
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            LOG.warn("the compiled alpha network of edition {} cannot be loaded ({}); running without it", edition, e.toString());
            return false;
        }
        int i = 0;
        for (ObjectTypeNode node : nodes.values()) {
            if (!networks.get(i++).connect(node)) {
                LOG.warn("the compiled alpha network of edition {} names nodes its rule base lacks; running without it", edition);
                return false;
            }
        }
        // All connected: only now is the rule base changed, each type node handing its facts to its class.
        networks.forEach(PrecompiledAlphaNetwork::link);
        return true;
    }

    /**
     * The type nodes whose network Drools' compiler generates a class for, by the name it gives
     * that class (moved into {@code modelPackage}), in the rule base's order.
     */
    static Map<String, ObjectTypeNode> compiledNodes(KieBase kieBase, String modelPackage) {
        Rete rete = ((InternalKnowledgeBase) kieBase).getRete();
        Map<String, ObjectTypeNode> nodes = new LinkedHashMap<>();
        rete.getEntryPointNodes().values().stream()
                .flatMap(entryPoint -> entryPoint.getObjectTypeNodes().values().stream())
                .filter(node -> !node.getObjectType().isAssignableTo(InitialFact.class))
                .sorted(Comparator.comparingInt(ObjectTypeNode::getId))
                .forEach(node -> nodes.put(modelPackage + "." + generatedSimpleName(node), node));
        return nodes;
    }

    /** The simple name ObjectTypeNodeCompiler gives the class of a type node's network. */
    static String generatedSimpleName(ObjectTypeNode node) {
        String type = ((ClassObjectType) node.getObjectType()).getClassName().replace('.', '_');
        return String.format("Compiled%sNetwork%d%s", type, node.getId(), String.valueOf(node.hashCode()).replace("-", ""));
    }

    /**
     * What ObjectTypeNodeCompiler hands the generated constructor: the field its hashed alpha
     * nodes test, when one field is hashed under the type node (with more, it hashes none and
     * the class does not read it).
     */
    private static ReadAccessor hashedFieldReader(ObjectTypeNode node) {
        Set<IndexableConstraint> hashed = new LinkedHashSet<>();
        collectHashed(node.getObjectSinkPropagator(), hashed);
        return hashed.size() == 1 ? hashed.iterator().next().getFieldExtractor() : null;
    }

    private static void collectHashed(ObjectSinkPropagator propagator, Set<IndexableConstraint> hashed) {
        if (propagator instanceof CompositeObjectSinkAdapter composite && composite.getHashedSinkMap() != null
                && !composite.getHashedSinkMap().isEmpty()) {
            // As Drools' ObjectTypeNodeParser: the first hashed node's constraint stands for its map.
            if (composite.getHashedSinkMap().values().iterator().next().getConstraint() instanceof IndexableConstraint constraint) {
                hashed.add(constraint);
            }
            composite.getHashedSinkMap().values().forEach(alpha -> collectHashed(alpha.getObjectSinkPropagator(), hashed));
        }
        for (ObjectSink sink : propagator.getSinks()) {
            if (sink instanceof AlphaNode alpha) {
                collectHashed(alpha.getObjectSinkPropagator(), hashed);
            }
        }
    }

    /**
     * What the generated classes take for granted of the network: under each type node, every
     * node's type and id (and the join each right input feeds), depth first, and which node each
     * hashed value leads to.
     */
    static String fingerprint(Iterable<ObjectTypeNode> nodes) {
        StringBuilder text = new StringBuilder();
        for (ObjectTypeNode node : nodes) {
            text.append(((ClassObjectType) node.getObjectType()).getClassName()).append('#').append(node.getId()).append('{');
            describe(node.getObjectSinkPropagator(), text);
            text.append("}\n");
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(ObjectSinkPropagator propagator, StringBuilder text) {
        if (propagator instanceof CompositeObjectSinkAdapter composite && composite.getRangeIndexMap() != null
                && !composite.getRangeIndexMap().isEmpty()) {
            // The build compiles no range-indexed network (ExecutableModelWriter): none may match one.
            text.append("range-indexed ");
        }
        for (ObjectSink sink : propagator.getSinks()) {
            text.append(sink.getClass().getSimpleName()).append(sink.getId());
            if (sink instanceof RightInputAdapterNode right) {
                text.append('>').append(right.getBetaNode().getClass().getSimpleName()).append(right.getBetaNode().getId());
            }
            if (sink instanceof AlphaNode alpha) {
                text.append('(').append(alpha.getConstraint().getClass().getSimpleName()).append(')').append('[');
                describe(alpha.getObjectSinkPropagator(), text);
                text.append(']');
            }
            text.append(' ');
        }
        if (propagator instanceof CompositeObjectSinkAdapter composite && composite.getHashedSinkMap() != null) {
            composite.getHashedSinkMap().entrySet().stream()
                    .map(entry -> entry.getKey().getObjectValue() + "->" + entry.getValue().getId())
                    .sorted()
                    .forEach(hashed -> text.append(hashed).append(' '));
        }
    }
}
