package fr.label.rules.engine;

import fr.label.RuleDiagnostics;
import fr.label.RuleFile;
import fr.label.FigureRule;
import fr.label.RuleFiringListener;
import fr.label.RuleInfo;
import fr.label.RuleProblem;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.RuleSetFingerprint;
import fr.label.Threshold;
import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.Dossier;
import fr.label.referentiel.Referentiel;
import fr.label.result.Mention;
import fr.label.rules.facts.EditionSettings;
import fr.label.rules.facts.ExplanationLog;
import fr.label.rules.facts.Measure;
import fr.label.spi.EngineSettings;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled rule set: built once, immutable, shared by every thread. It knows what its own
 * rules say of the edition (year, jury date, mention catalogue) by running them once on no dossier.
 */
public final class RuleSet implements RuleSetDescription {

    static final String EXPLANATIONS = "explanations";
    static final String REFERENTIEL = "referentiel";

    private final String name;
    private final List<RuleFile> files;
    private final KieBase kieBase;
    private final boolean shipped;
    /** Sessions handed back on dispose and reset for the next dossier: cheaper than new ones. */
    private final KieSessionsPool pool;
    private final Set<String> globals;
    private final EditionSettings settings;
    private final List<Mention> catalogue;
    private final List<Threshold> thresholds;
    private final List<String> measureOrder;
    private final ExplanationOrder explanationOrder;
    /** Read from the files on first use: parsing them costs a cold start some 100 ms, and only documentation asks. */
    private volatile List<RuleInfo> rules;
    /** The rules with no condition, which state figures: read from the compiled rules, not the files. */
    private final Set<String> unconditionalRules;
    private final RuleSetFingerprint fingerprint;

    private RuleSet(String name, List<RuleFile> files, KieBase kieBase, boolean shipped) {
        this.name = name;
        this.files = List.copyOf(files);
        this.kieBase = kieBase;
        this.shipped = shipped;
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.unconditionalRules = unconditional(kieBase);
        this.globals = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Global global : kiePackage.getGlobalVariables()) {
                globals.add(global.getName());
            }
        }
        List<EditionSettings> editions = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Threshold> table = new ArrayList<>();
        Referentiel referentiel = Referentiel.defaultReferentiel();
        KieSession session = newSession(referentiel, new ExplanationLog());
        try {
            SessionGuard.fire(this, referentiel, session, EngineSettings.DEFAULT_MAX_FIRINGS,
                    SessionGuard.Subject.RULE_SET, replay -> { });
            for (Object fact : Facts.inInsertionOrder(session)) {
                if (fact instanceof EditionSettings edition) {
                    editions.add(edition);
                } else if (fact instanceof Mention mention) {
                    mentions.add(mention);
                } else if (fact instanceof Threshold threshold) {
                    table.add(threshold);
                }
            }
        } finally {
            session.destroy();
        }
        if (editions.size() != 1) {
            throw new RuleSetException(name, List.of(editions.isEmpty()
                    ? RuleDiagnostics.problem(null, 0, 0, "requirement.absent",
                    RuleDiagnostics.phrase("concern.EditionSettings"), "EditionSettings", "edition.drl")
                    : RuleDiagnostics.problem(null, 0, 0, "ruleSet.editions", editions.size(),
                    editions.stream().map(e -> String.valueOf(e.year())).distinct().toList())));
        }
        this.settings = editions.get(0);
        this.catalogue = List.copyOf(mentions);
        this.thresholds = List.copyOf(table);
        this.measureOrder = table.stream().map(Threshold::measure).distinct().toList();
        this.explanationOrder = new ExplanationOrder(catalogue, measureOrder);
        this.fingerprint = new RuleSetFingerprint(settings.year(), Fingerprints.digest(files), Fingerprints.LIBRARY);
    }

    /**
     * Compiles the files into a rule set, and checks what the compiler cannot: that every line of
     * the thresholds table names a measure some rule computes (a misspelt measure would otherwise
     * fail every evaluation). {@link fr.label.rules.check.RuleSetCheck} checks all that evaluation
     * needs.
     */
    public static RuleSet compile(String name, List<RuleFile> files) {
        RuleSet ruleSet = of(name, files, RuleSetCompiler.compile(name, files));
        List<RuleProblem> unknown = ruleSet.thresholdsOnUnknownMeasures();
        if (!unknown.isEmpty()) {
            throw new RuleSetException(name, unknown);
        }
        return ruleSet;
    }

    /**
     * The rule set of files already compiled into this rule base: its rules run once on no
     * dossier to state the edition, its mentions and its thresholds, and nothing more is checked.
     *
     * @throws RuleSetException when the rules state no edition or several, or fail or loop on no dossier
     */
    public static RuleSet of(String name, List<RuleFile> files, KieBase kieBase) {
        return new RuleSet(name, files, kieBase, false);
    }

    /** A shipped rule set compiled at start-up, when the build did not precompile it. */
    static RuleSet compileShipped(String name, List<RuleFile> files) {
        return new RuleSet(name, files, RuleSetCompiler.compile(name, files), true);
    }

    /**
     * The thresholds whose measure no rule computes, each at the line that writes it. The measures
     * are those the rules compute for a dossier of each type with no action: every measure rule
     * fires on any dossier.
     */
    public List<RuleProblem> thresholdsOnUnknownMeasures() {
        Set<String> computed = new HashSet<>();
        Referentiel referentiel = Referentiel.defaultReferentiel();
        for (CollectiviteType type : thresholds.stream().map(Threshold::type).filter(java.util.Objects::nonNull)
                .distinct().toList()) {
            KieSession session = newSession(referentiel, new ExplanationLog());
            try {
                Dossier probe = new Dossier(settings.year(), new Collectivite("00000", "probe", type,
                        null, null, null), List.of(), List.of());
                session.insert(probe);
                SessionGuard.fire(this, referentiel, session, EngineSettings.DEFAULT_MAX_FIRINGS,
                        SessionGuard.Subject.probe(type), replay -> replay.insert(probe));
                for (Object fact : session.getObjects()) {
                    if (fact instanceof Measure measure) {
                        computed.add(measure.name());
                    }
                }
            } catch (RuleSetException e) {
                if (e.getCause() == null) {
                    throw e; // a rule that loops on an empty dossier loops on every dossier
                }
                return List.of(); // a rule failing on an empty dossier shows at evaluation, with its message
            } finally {
                session.destroy();
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<ThresholdLines.Line> lines = ThresholdLines.of(files, thresholds);
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            if (threshold.measure() != null && !computed.contains(threshold.measure())
                    && thresholds.subList(0, i).stream().noneMatch(t -> threshold.measure().equals(t.measure()))) {
                ThresholdLines.Line line = lines.get(i);
                problems.add(RuleDiagnostics.problem(line.file(), line.line(), line.column(), "table.unknownMeasure",
                        threshold.measure(), new java.util.TreeSet<>(computed)));
            }
        }
        return problems;
    }

    /** A shipped rule set whose files were compiled ahead of time into this rule base. */
    static RuleSet precompiled(String name, List<RuleFile> files, KieBase kieBase) {
        return new RuleSet(name, files, kieBase, true);
    }

    KieSession newSession(Referentiel referentiel, ExplanationLog log) {
        return newSession(referentiel, log, null);
    }

    KieSession newSession(Referentiel referentiel, ExplanationLog log, RuleFiringListener listener) {
        // A listener stays on its session: such sessions are not pooled (coverage runs, tests).
        KieSession session = listener == null ? pool.newKieSession() : kieBase.newKieSession();
        if (listener != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    listener.fired(event.getMatch().getRule().getName());
                }
            });
        }
        if (globals.contains(EXPLANATIONS)) {
            session.setGlobal(EXPLANATIONS, log);
        }
        if (globals.contains(REFERENTIEL)) {
            session.setGlobal(REFERENTIEL, referentiel);
        }
        return session;
    }

    @Override
    public String name() {
        return name;
    }

    /** Whether these are the rules shipped with the library, rather than a rule author's copy. */
    @Override
    public boolean shipped() {
        return shipped;
    }

    @Override
    public List<RuleFile> files() {
        return files;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    @Override
    public int edition() {
        return settings.year();
    }

    public EditionSettings settings() {
        return settings;
    }

    @Override
    public java.time.LocalDate juryDate() {
        return settings.juryDate();
    }

    @Override
    public List<Threshold> thresholds() {
        return thresholds;
    }

    /** The measures in the order the thresholds table first names them. */
    List<String> measureOrder() {
        return measureOrder;
    }

    /** How results order their explanations: by the data, not by firing. */
    ExplanationOrder explanationOrder() {
        return explanationOrder;
    }

    @Override
    public List<Mention> catalogue() {
        return catalogue;
    }

    /** Every rule of the set, by file (in rule set order) then by line. */
    @Override
    public List<RuleInfo> rules() {
        List<RuleInfo> described = rules;
        if (described == null) {
            synchronized (this) {
                described = rules;
                if (described == null) {
                    described = describe(kieBase, files, RuleText.of(files));
                    rules = described;
                }
            }
        }
        return described;
    }

    /** Which rules these are: the edition, the digest of the files' text, the library version. */
    @Override
    public RuleSetFingerprint fingerprint() {
        return fingerprint;
    }

    /** The names of the rules with no condition. */
    Set<String> unconditionalRules() {
        return java.util.Collections.unmodifiableSet(unconditionalRules);
    }

    /** The rules with no condition, read from the files each time: only documentation asks for them. */
    @Override
    public List<FigureRule> figureRules() {
        return RuleText.of(files).values().stream().filter(text -> !text.conditional())
                .map(text -> new FigureRule(text.name(), text.file(), text.line(), text.source())).toList();
    }

    /**
     * The rules whose {@code when} is empty: the compiler gives each of them one pattern, on
     * Drools' initial fact, where a rule with any condition has that condition.
     */
    private static Set<String> unconditional(KieBase kieBase) {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                boolean conditionFree = ((RuleImpl) rule).getLhs().getChildren().stream()
                        .allMatch(element -> element instanceof Pattern pattern
                                && InitialFactImpl.class.getName().equals(pattern.getObjectType().getClassName()));
                if (conditionFree) {
                    names.add(rule.getName());
                }
            }
        }
        return names;
    }

    private static List<RuleInfo> describe(KieBase kieBase, List<RuleFile> files, Map<String, RuleText> texts) {
        List<String> order = files.stream().map(RuleFile::name).toList();
        Map<String, String> fileByRule = fileByRule(texts);
        List<RuleImpl> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                rules.add((RuleImpl) rule);
            }
        }
        rules.sort(Comparator.comparingInt((RuleImpl rule) -> order.indexOf(fileByRule.get(rule.getName())))
                .thenComparingInt(RuleImpl::getLoadOrder));
        return rules.stream().map(rule -> new RuleInfo(rule.getName(), fileByRule.getOrDefault(rule.getName(), ""),
                ExplanationLog.title(rule, RuleInfo.TITLE_FR), ExplanationLog.title(rule, RuleInfo.TITLE_EN),
                descriptionOf(rule))).toList();
    }

    /**
     * The file each rule is written in, read from the files themselves: a precompiled rule base
     * knows its rules but not their files.
     */
    private static Map<String, String> fileByRule(Map<String, RuleText> texts) {
        Map<String, String> byRule = new java.util.HashMap<>();
        texts.forEach((rule, text) -> byRule.put(rule, text.file()));
        return byRule;
    }

    /**
     * The {@code @descriptionEn("...")} metadata, or a plain {@code @description("...")}, which
     * Drools files under the kie-api annotation's name.
     */
    private static String descriptionOf(RuleImpl rule) {
        Object english = rule.getMetaData().get("descriptionEn");
        if (english != null) {
            return String.valueOf(english);
        }
        for (Map.Entry<String, Object> entry : rule.getMetaData().entrySet()) {
            if (entry.getKey().equalsIgnoreCase("description") || entry.getKey().endsWith(".Description")) {
                return String.valueOf(entry.getValue());
            }
        }
        return "";
    }

    private static String fileOf(RuleImpl rule) {
        return rule.getResource() == null ? "" : rule.getResource().getSourcePath();
    }
}
