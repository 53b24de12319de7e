package fr.label.rules.check;

import fr.label.RuleWarning;
import fr.label.rules.engine.RuleText;
import fr.label.rules.engine.SessionInputs;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which fact types can exist in each of the engine's sessions, and so which rules can fire at
 * all. A session starts with the facts the engine inserts; a rule that can fire there adds the
 * types its consequence inserts; repeated until nothing changes. A rule whose conditions need a
 * type that no session can hold, or types that never meet in one session, can never fire.
 */
final class FactFlow {

    /** The sessions of an evaluation and the facts the engine inserts into each (see DossierEvaluator and MentionJury). */
    static final Map<String, List<Class<?>>> ENGINE_INSERTS = new LinkedHashMap<>();

    static {
        ENGINE_INSERTS.put("a dossier's evaluation", SessionInputs.DOSSIER);
        ENGINE_INSERTS.put("the mentions' deliberation", SessionInputs.DELIBERATION);
    }

    private FactFlow() {
    }

    /** A warning for each rule of the base that can fire in no session. */
    static List<RuleWarning> neverFiring(KieBase kieBase, Map<String, RuleText> texts) {
        Map<RuleImpl, Set<Class<?>>> inserts = new LinkedHashMap<>();
        ClassLoader loader = FactFlow.class.getClassLoader();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                RuleText text = texts.get(rule.getName());
                inserts.put(impl, text == null ? Set.of(Object.class) : InsertedTypes.of(text, impl, loader));
            }
        }
        Map<String, Set<Class<?>>> available = new LinkedHashMap<>();
        ENGINE_INSERTS.forEach((session, types) -> available.put(session, flow(types, inserts)));
        Set<Class<?>> anywhere = new LinkedHashSet<>();
        available.values().forEach(anywhere::addAll);

        List<RuleWarning> warnings = new ArrayList<>();
        for (RuleImpl rule : inserts.keySet()) {
            boolean fires = available.values().stream().anyMatch(types -> canMatch(rule.getLhs(), types));
            if (fires) {
                continue;
            }
            RuleText text = texts.get(rule.getName());
            String file = text != null ? text.file() : rule.getResource() == null ? "" : rule.getResource().getSourcePath();
            warnings.add(new RuleWarning(file, text == null ? 0 : text.line(), rule.getName(),
                    why(rule, available, anywhere)));
        }
        return warnings;
    }

    private static Set<Class<?>> flow(List<Class<?>> start, Map<RuleImpl, Set<Class<?>>> inserts) {
        Set<Class<?>> types = new LinkedHashSet<>(start);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<RuleImpl, Set<Class<?>>> rule : inserts.entrySet()) {
                if (!types.containsAll(rule.getValue()) && canMatch(rule.getKey().getLhs(), types)) {
                    grew |= types.addAll(rule.getValue());
                }
            }
        }
        return types;
    }

    /** Whether the condition can hold when facts of these types may be present. */
    private static boolean canMatch(RuleConditionElement element, Set<Class<?>> types) {
        if (element instanceof GroupElement group) {
            if (group.isNot()) {
                return true; // "not X()" holds all the more when there is no X
            }
            if (group.isOr()) {
                return group.getChildren().stream().anyMatch(child -> canMatch(child, types));
            }
            return group.getChildren().stream().allMatch(child -> canMatch(child, types)); // and, exists
        }
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            boolean fromWorkingMemory = pattern.getSource() == null || pattern.getSource() instanceof EntryPointId;
            if (!fromWorkingMemory || !(pattern.getObjectType() instanceof ClassObjectType objectType)) {
                return true; // "from", accumulate, collect: the source decides, not the facts present
            }
            return present(objectType.getClassType(), types);
        }
        return true; // eval, forall and the like need no fact of their own
    }

    /** A fact of a type in the set could match a pattern on {@code type}: a subtype, or a supertype that may hold one. */
    private static boolean present(Class<?> type, Set<Class<?>> types) {
        return types.stream().anyMatch(t -> type.isAssignableFrom(t) || t.isAssignableFrom(type));
    }

    private static String why(RuleImpl rule, Map<String, Set<Class<?>>> available, Set<Class<?>> anywhere) {
        Set<Class<?>> absent = new LinkedHashSet<>();
        missing(rule.getLhs(), anywhere, absent);
        if (!absent.isEmpty()) {
            return "can never fire: nothing inserts " + names(absent)
                    + " (neither the engine nor a rule of this set)";
        }
        List<String> lacks = new ArrayList<>();
        available.forEach((session, types) -> {
            Set<Class<?>> lacking = new LinkedHashSet<>();
            missing(rule.getLhs(), types, lacking);
            lacks.add(session + " has no " + names(lacking));
        });
        return "can never fire: it needs facts that are never in the same session ("
                + String.join("; ", lacks) + ")";
    }

    /** Collects the pattern types that keep the condition from holding with these types. */
    private static void missing(RuleConditionElement element, Set<Class<?>> types, Set<Class<?>> into) {
        if (canMatch(element, types)) {
            return;
        }
        if (element instanceof GroupElement group) {
            group.getChildren().forEach(child -> missing(child, types, into));
        } else if (element instanceof org.drools.base.rule.Pattern pattern
                && pattern.getObjectType() instanceof ClassObjectType objectType) {
            into.add(objectType.getClassType());
        }
    }

    private static String names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }
}
