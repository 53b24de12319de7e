package fr.label.rules.check;

import fr.label.RuleDiagnostics;
import fr.label.RuleProblem;
import fr.label.Threshold;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Excellence;
import fr.label.result.Mention;
import fr.label.RuleWarning;
import fr.label.rules.engine.RuleText;
import fr.label.rules.engine.SessionInputs;
import fr.label.rules.facts.ActionEligibility;
import fr.label.rules.facts.Arobases;
import fr.label.rules.facts.EditionSettings;
import fr.label.rules.facts.EligibilitySettings;
import fr.label.rules.facts.ExcellenceSettings;
import fr.label.rules.facts.Measure;
import fr.label.rules.facts.MentionAward;
import fr.label.rules.facts.MentionCandidate;
import fr.label.rules.facts.MentionEligibility;
import fr.label.rules.facts.MentionSettings;
import fr.label.rules.facts.MosaiqueSettings;
import fr.label.rules.facts.ThresholdCheck;
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
 * type that no session can hold, or types that never meet in one session, can never fire; a
 * decision the engine reads back that no rule can make is an error.
 */
final class FactFlow {

    private static final String DOSSIER = "a dossier's evaluation";
    private static final String DELIBERATION = "the mentions' deliberation";

    /** The sessions of an evaluation and the facts the engine inserts into each (see DossierEvaluator and MentionJury). */
    static final Map<String, List<Class<?>>> ENGINE_INSERTS = new LinkedHashMap<>();

    static {
        ENGINE_INSERTS.put(DOSSIER, SessionInputs.DOSSIER);
        ENGINE_INSERTS.put(DELIBERATION, SessionInputs.DELIBERATION);
    }

    /**
     * What evaluation reads back from the rules, in the session that must hold it, with the file
     * of the shipped rules that decides it. Mentions are needed only when the edition has some.
     */
    private record Need(String session, Class<?> type, String file, boolean onlyWithMentions) {
    }

    private static final List<Need> NEEDS = List.of(
            new Need(DOSSIER, EditionSettings.class, "edition.drl", false),
            new Need(DOSSIER, Threshold.class, "thresholds.drl", false),
            new Need(DOSSIER, ActionEligibility.class, "eligibility.drl", false),
            new Need(DOSSIER, EnjeuCoverage.class, "mosaique.drl", false),
            new Need(DOSSIER, Measure.class, "mosaique.drl", false),
            new Need(DOSSIER, ThresholdCheck.class, "levels.drl", false),
            new Need(DOSSIER, Arobases.class, "levels.drl", false),
            new Need(DOSSIER, Excellence.class, "excellence.drl", false),
            new Need(DOSSIER, MentionEligibility.class, "mentions.drl", true),
            new Need(DOSSIER, MentionCandidate.class, "mentions.drl", true),
            new Need(DELIBERATION, MentionAward.class, "awards.drl", true));

    /** Figures the rules read and only the rule files state, with the file that states them. */
    private static final Map<Class<?>, String> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put(EditionSettings.class, "edition.drl");
        SETTINGS.put(Threshold.class, "thresholds.drl");
        SETTINGS.put(EligibilitySettings.class, "thresholds.drl");
        SETTINGS.put(MosaiqueSettings.class, "thresholds.drl");
        SETTINGS.put(MentionSettings.class, "thresholds.drl");
        SETTINGS.put(ExcellenceSettings.class, "thresholds.drl");
    }

    private final Map<String, RuleText> texts;
    private final Map<RuleImpl, Set<Class<?>>> inserts = new LinkedHashMap<>();
    /** Every type some rule inserts, whether or not it can fire. */
    private final Set<Class<?>> inserted = new LinkedHashSet<>();

    private FactFlow(KieBase kieBase, Map<String, RuleText> texts) {
        this.texts = texts;
        ClassLoader loader = FactFlow.class.getClassLoader();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                RuleText text = texts.get(rule.getName());
                Set<Class<?>> types = text == null ? Set.of(Object.class) : InsertedTypes.of(text, impl, loader);
                inserts.put(impl, types);
                inserted.addAll(types);
            }
        }
    }

    static FactFlow of(KieBase kieBase, Map<String, RuleText> texts) {
        return new FactFlow(kieBase, texts);
    }

    /**
     * What evaluation needs and no rule decides.
     *
     * @param problems an error for each
     * @param absent   the types no rule inserts at all
     */
    record Requirements(List<RuleProblem> problems, Set<Class<?>> absent) {
    }

    /**
     * What evaluation needs and no rule decides: a type nothing inserts (the error names the file
     * that usually does), or one only rules that can never fire insert. Errors that follow from
     * an earlier one (no Arobases because no Threshold) are left out: fixing the first fixes them.
     */
    Requirements requirements() {
        List<RuleProblem> problems = new ArrayList<>();
        Set<Class<?>> absent = new LinkedHashSet<>();
        Map<String, Set<Class<?>>> available = available(Set.of());
        boolean mentions = present(Mention.class, available.get(DOSSIER));
        for (Need need : NEEDS) {
            if (need.onlyWithMentions() && !mentions) {
                continue;
            }
            if (!present(need.type(), inserted)) {
                absent.add(need.type());
                problems.add(RuleDiagnostics.problem(null, 0, 0, "requirement.absent", concern(need.type()),
                        need.type().getSimpleName(), need.file()));
            }
        }
        Map<Class<?>, Set<String>> neededBy = new LinkedHashMap<>();
        for (RuleImpl rule : inserts.keySet()) {
            Set<Class<?>> types = new LinkedHashSet<>();
            patternTypes(rule.getLhs(), types);
            for (Class<?> type : types) {
                if (SETTINGS.containsKey(type) && !absent.contains(type) && !present(type, inserted)) {
                    neededBy.computeIfAbsent(type, t -> new LinkedHashSet<>()).add(rule.getName());
                }
            }
        }
        neededBy.forEach((type, rules) -> {
            absent.add(type);
            problems.add(RuleDiagnostics.problem(null, 0, 0, "requirement.setting", concern(type),
                    type.getSimpleName(), SETTINGS.get(type), quoted(rules)));
        });
        Map<String, Set<Class<?>>> assumingAbsent = available(absent);
        for (Need need : NEEDS) {
            if (absent.contains(need.type()) || need.onlyWithMentions() && !mentions
                    || present(need.type(), available.get(need.session()))
                    || present(need.type(), assumingAbsent.get(need.session()))) {
                continue;
            }
            Set<Class<?>> lacking = new LinkedHashSet<>();
            Set<String> deciders = new LinkedHashSet<>();
            inserts.forEach((rule, types) -> {
                if (types.stream().anyMatch(t -> need.type().isAssignableFrom(t))) {
                    deciders.add(rule.getName());
                    missing(rule.getLhs(), available.get(need.session()), lacking);
                }
            });
            problems.add(RuleDiagnostics.problem(null, 0, 0, "requirement.unreachable", concern(need.type()),
                    need.type().getSimpleName(), quoted(deciders), names(lacking)));
        }
        return new Requirements(problems, absent);
    }

    /**
     * A warning for each rule of the base that can fire in no session, unless an error explains
     * it: a rule that could fire if the missing decisions {@code explained} were there.
     */
    List<RuleWarning> neverFiring(Set<Class<?>> explained) {
        Map<String, Set<Class<?>>> available = available(Set.of());
        Map<String, Set<Class<?>>> assuming = explained.isEmpty() ? available : available(explained);
        Set<Class<?>> anywhere = new LinkedHashSet<>();
        available.values().forEach(anywhere::addAll);

        List<RuleWarning> warnings = new ArrayList<>();
        for (RuleImpl rule : inserts.keySet()) {
            boolean fires = assuming.values().stream().anyMatch(types -> canMatch(rule.getLhs(), types));
            if (fires) {
                continue;
            }
            RuleText text = texts.get(rule.getName());
            String file = text != null ? text.file() : rule.getResource() == null ? "" : rule.getResource().getSourcePath();
            warnings.add(why(file, text == null ? 0 : text.line(), rule, available, anywhere));
        }
        return warnings;
    }

    /** The types each session can hold, the engine inserting {@code assumed} too. */
    private Map<String, Set<Class<?>>> available(Set<Class<?>> assumed) {
        Map<String, Set<Class<?>>> available = new LinkedHashMap<>();
        ENGINE_INSERTS.forEach((session, types) -> {
            Set<Class<?>> start = new LinkedHashSet<>(types);
            start.addAll(assumed);
            available.put(session, flow(start));
        });
        return available;
    }

    private Set<Class<?>> flow(Set<Class<?>> start) {
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

    private RuleWarning why(String file, int line, RuleImpl rule, Map<String, Set<Class<?>>> available,
                            Set<Class<?>> anywhere) {
        Set<Class<?>> absent = new LinkedHashSet<>();
        missing(rule.getLhs(), anywhere, absent);
        if (!absent.isEmpty()) {
            return RuleWarning.of(file, line, rule.getName(), "flow.nothingInserts", names(absent));
        }
        Set<Class<?>> inDossier = new LinkedHashSet<>();
        Set<Class<?>> inDeliberation = new LinkedHashSet<>();
        missing(rule.getLhs(), available.get(DOSSIER), inDossier);
        missing(rule.getLhs(), available.get(DELIBERATION), inDeliberation);
        return RuleWarning.of(file, line, rule.getName(), "flow.neverTogether", names(inDossier), names(inDeliberation));
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

    /** The types of the facts a condition needs from working memory ({@code not} patterns aside). */
    private static void patternTypes(RuleConditionElement element, Set<Class<?>> into) {
        if (element instanceof GroupElement group) {
            if (!group.isNot()) {
                group.getChildren().forEach(child -> patternTypes(child, into));
            }
        } else if (element instanceof org.drools.base.rule.Pattern pattern
                && (pattern.getSource() == null || pattern.getSource() instanceof EntryPointId)
                && pattern.getObjectType() instanceof ClassObjectType objectType) {
            into.add(objectType.getClassType());
        }
    }

    private static RuleDiagnostics.Phrase concern(Class<?> type) {
        return RuleDiagnostics.phrase("concern." + type.getSimpleName());
    }

    private static String quoted(Set<String> rules) {
        List<String> shown = rules.stream().limit(3).map(rule -> "\"" + rule + "\"").toList();
        return String.join(", ", shown) + (rules.size() > 3 ? ", …" : "");
    }

    private static String names(Set<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }
}
