package fr.label.testing;

import fr.label.LabelEngine;
import fr.label.Language;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import fr.label.dossier.InputProblem;

/**
 * Runs a folder of scenario files (YAML, see docs/scenarios.md): as JUnit 5 dynamic tests, or
 * from code or the command line, with the rule coverage of each edition.
 *
 * <pre>{@code
 * class ScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return LabelScenarios.in(Path.of("src/test/scenarios")).minCoverage(100).tests();
 *     }
 * }
 * }</pre>
 *
 * Each scenario file gives a container of tests, one per scenario (per edition it runs in); a
 * failure shows the expected value, the actual one and the explanations of the decision. With
 * {@link #minCoverage(double)}, one more test per edition fails when fewer rules fired.
 *
 * <pre>{@code
 * ScenarioRun run = LabelScenarios.in(Path.of("scenarios")).edition(2023).rules(Path.of("my-rules")).run();
 * run.failed();                      // how many scenarios failed
 * run.coverage().get(0).neverFired(); // the rules of my-rules no scenario made fire
 * }</pre>
 *
 * Instances are immutable: each method returns a new one.
 */
public final class LabelScenarios {

    private final Path location;
    /** The scenario file's text when it was given as text, not read from {@link #location}. */
    private final String text;
    private final Integer edition;
    private final Path rules;
    private final Double minCoverage;
    private final Language language;
    private final Integer maxFirings;
    private final Double minMutationScore;

    private LabelScenarios(Path location, String text, Integer edition, Path rules, Double minCoverage,
                           Language language, Integer maxFirings) {
        this(location, text, edition, rules, minCoverage, language, maxFirings, null);
    }

    private LabelScenarios(Path location, String text, Integer edition, Path rules, Double minCoverage,
                           Language language, Integer maxFirings, Double minMutationScore) {
        this.minMutationScore = minMutationScore;
        this.location = location;
        this.text = text;
        this.edition = edition;
        this.rules = rules;
        this.minCoverage = minCoverage;
        this.language = language;
        this.maxFirings = maxFirings;
    }

    /**
     * The scenario files of a folder (every {@code .yaml} and {@code .yml} below it), or one scenario file.
     *
     * @param folderOrFile a folder of scenario files, or one scenario file
     * @return the scenarios, run with the shipped rules of their editions until told otherwise
     */
    public static LabelScenarios in(Path folderOrFile) {
        return new LabelScenarios(Objects.requireNonNull(folderOrFile, "folderOrFile"), null, null, null, null,
                Language.FR, null);
    }

    /**
     * One scenario file given as text, e.g. read from standard input. Its scenarios take their
     * edition from themselves, the file's {@code edition:} or {@link #edition(int)}; dossier files
     * it names are found from the current folder.
     *
     * @param name names the text in problems and outcomes, e.g. {@code <stdin>}
     */
    public static LabelScenarios ofText(String yaml, String name) {
        return new LabelScenarios(Path.of(Objects.requireNonNull(name, "name")), Objects.requireNonNull(yaml, "yaml"),
                null, null, null, Language.FR, null);
    }

    /**
     * Runs only the scenarios of this edition; scenarios that name no edition (nor their file, nor
     * their folder) are of this edition.
     *
     * @param year the palmarès year
     * @return these scenarios, restricted to that edition
     */
    public LabelScenarios edition(int year) {
        return new LabelScenarios(location, text, year, rules, minCoverage, language, maxFirings, minMutationScore);
    }

    /**
     * Replaces the shipped rules of the run's edition by the {@code .drl} files of a directory: the
     * edition given by {@link #edition(int)}, or the one every scenario runs in. A directory laid out
     * like the shipped rules ({@code common/} and {@code edition-YYYY/} folders) replaces the shipped
     * rules of every edition: each edition's scenarios run with its folder.
     *
     * @param directory a directory of {@code .drl} files
     * @return these scenarios, run with those rules
     */
    public LabelScenarios rules(Path directory) {
        return new LabelScenarios(location, text, edition, directory, minCoverage, language, maxFirings, minMutationScore);
    }

    /**
     * Fails the run when, in an edition, fewer than this percentage of the rules fired.
     *
     * @param percent from 0 to 100
     * @return these scenarios, with that minimum coverage
     */
    public LabelScenarios minCoverage(double percent) {
        return new LabelScenarios(location, text, edition, rules, percent, language, maxFirings, minMutationScore);
    }

    /**
     * Runs the mutants of each edition's rules after the scenarios (see {@link #mutants()}), and
     * fails when fewer than this percentage of them is killed. In {@link #tests()}: a container per
     * edition, with a test of the score and a test per surviving mutant, which fails below the
     * minimum (and is skipped, its survivor shown, at or above it).
     *
     * @param percent from 0 to 100
     * @return these scenarios, with that minimum mutation score
     */
    public LabelScenarios minMutationScore(double percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("minMutationScore: expected a percentage from 0 to 100, found " + percent);
        }
        return new LabelScenarios(location, text, edition, rules, minCoverage, language, maxFirings, percent);
    }

    /**
     * The rule firings a dossier may take before its rules are taken to loop (the engine's
     * default unless given): a scenario whose rules go beyond fails, naming the rule that fired most.
     *
     * @param limit the most firings per dossier, 1 or more
     * @return these scenarios, run with that limit
     */
    public LabelScenarios maxFirings(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("maxFirings must be 1 or more, found " + limit);
        }
        return new LabelScenarios(location, text, edition, rules, minCoverage, language, limit, minMutationScore);
    }

    /**
     * The language of the explanations and the rules' problems shown with a failure (French by default).
     *
     * @param language the language of failure messages
     * @return these scenarios, reported in that language
     */
    public LabelScenarios language(Language language) {
        return new LabelScenarios(location, text, edition, rules, minCoverage, Objects.requireNonNull(language), maxFirings,
                minMutationScore);
    }

    /**
     * The scenarios as JUnit 5 dynamic tests, for a {@code @TestFactory}: a container per file,
     * a test per scenario, then with {@link #minCoverage(double)} a coverage test per edition,
     * which counts the scenarios run before it (run them all for it to mean anything).
     *
     * @throws IllegalArgumentException when {@link #rules(Path)} is given without a single edition to apply to
     * @return the dynamic tests
     */
    public Stream<DynamicNode> tests() {
        Plan plan = plan();
        ScenarioRunner runner = new ScenarioRunner(rules, plan.rulesEdition(), language, maxFirings);
        List<DynamicNode> nodes = new ArrayList<>();
        // Each edition's rules are compiled once, and reported once when they cannot be used.
        for (int year : plan.editions()) {
            ScenarioOutcome broken = runner.ruleSetFailure(year);
            if (broken != null) {
                nodes.add(DynamicTest.dynamicTest(broken.name(), broken.file().toUri(), () -> fail(broken)));
            }
        }
        for (ScenarioFile file : plan.files()) {
            List<DynamicNode> tests = new ArrayList<>();
            if (!file.problems().isEmpty()) {
                tests.add(DynamicTest.dynamicTest("cannot be read", uri(file.file(), 0), () -> {
                    throw new AssertionFailedError(String.join("\n",
                            file.problems().stream().map(InputProblem::toString).toList()));
                }));
            }
            for (ScenarioFile.Unreadable unreadable : file.unreadable()) {
                tests.add(DynamicTest.dynamicTest(unreadable.name(), uri(file.file(), unreadable.line()),
                        () -> fail(ScenarioRunner.unreadable(file.file(), unreadable))));
            }
            for (Scenario scenario : plan.scenariosOf(file)) {
                tests.add(DynamicTest.dynamicTest(scenario.displayName(), uri(file.file(), scenario.line()), () -> {
                    ScenarioOutcome outcome = runner.run(scenario);
                    if (!outcome.passed()) {
                        fail(outcome);
                    }
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(plan.nameOf(file), file.file().toUri(), tests.stream()));
        }
        if (minCoverage != null) {
            for (int year : plan.editions()) {
                boolean en = language == Language.EN;
                nodes.add(DynamicTest.dynamicTest(en ? "rule coverage of edition " + year + " is at least "
                        + format(minCoverage) + "%" : "la couverture des règles de l'édition " + year + " est d'au moins "
                        + format(minCoverage) + " %", () -> {
                    RuleCoverageReport coverage = runner.coverage(year);
                    if (coverage == null) {
                        throw new AssertionFailedError(en ? "the rules of edition " + year + " could not be used: "
                                + "see the scenarios of this edition" : "les règles de l'édition " + year
                                + " n'ont pas pu servir : voir les scénarios de cette édition");
                    }
                    if (coverage.percent() < minCoverage) {
                        throw new AssertionFailedError(coverageFailure(coverage, language),
                                format(minCoverage) + "%", coverage.percentText());
                    }
                }));
            }
        }
        if (minMutationScore != null) {
            for (int year : plan.editions()) {
                nodes.add(mutantTests(plan, year));
            }
        }
        return nodes.stream();
    }

    /** A surviving mutant as a test: failed when the edition's score is below the minimum, else skipped, to be seen. */
    static DynamicTest survivorTest(MutantOutcome survivor, boolean below, Language language) {
        String message = String.join("\n", MutationText.survivor(survivor, language));
        return DynamicTest.dynamicTest((language == Language.EN ? "survives: " : "survit : ") + survivor.mutant().where()
                + "  " + survivor.mutant().rule() + "  " + survivor.mutant().change(language), () -> {
            if (below) {
                throw new AssertionFailedError(message);
            }
            throw new org.opentest4j.TestAbortedException(message);
        });
    }

    /** The mutants of an edition, run when JUnit reaches them (after the scenarios): a score test, then a test per survivor. */
    private DynamicNode mutantTests(Plan plan, int year) {
        boolean en = language == Language.EN;
        String score = format(minMutationScore);
        Stream<DynamicNode> lazily = Stream.of(year).flatMap(y -> {
            MutationReport report;
            try {
                report = mutants(plan, y, mutant -> true);
            } catch (RuntimeException e) {
                return Stream.of(DynamicTest.dynamicTest(en ? "mutants could not run" : "les mutants n'ont pas pu tourner",
                        () -> {
                            throw new AssertionFailedError(e.getMessage());
                        }));
            }
            boolean below = report.score() < minMutationScore;
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest((en ? "mutation score is at least " + score + "%"
                    : "le score de mutation est d'au moins " + score + " %"), () -> {
                if (below) {
                    throw new AssertionFailedError(MutationText.summary(report, language), score + "%",
                            MutationText.percent(report.score(), language));
                }
            }));
            for (MutantOutcome survivor : report.survivors()) {
                tests.add(survivorTest(survivor, below, language));
            }
            return tests.stream();
        });
        return DynamicContainer.dynamicContainer(en ? "mutants of edition " + year : "mutants de l'édition " + year, lazily);
    }

    /**
     * Runs every scenario and returns how they went, with the rule coverage of each edition.
     *
     * @return every outcome and the coverage of each edition
     */
    public ScenarioRun run() {
        return run(outcome -> { });
    }

    /**
     * Runs every scenario, telling {@code eachOutcome} of each as soon as it has run.
     *
     * @throws IllegalArgumentException when {@link #rules(Path)} is given without a single edition to apply to
     * @param eachOutcome told of each outcome, in run order
     * @return every outcome and the coverage of each edition
     */
    public ScenarioRun run(Consumer<ScenarioOutcome> eachOutcome) {
        Plan plan = plan();
        ScenarioRunner runner = new ScenarioRunner(rules, plan.rulesEdition(), language, maxFirings);
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        // Each edition's rules are compiled once, and reported once when they cannot be used.
        for (int year : plan.editions()) {
            ScenarioOutcome broken = runner.ruleSetFailure(year);
            if (broken != null) {
                outcomes.add(broken);
                eachOutcome.accept(broken);
            }
        }
        for (ScenarioFile file : plan.files()) {
            if (!file.problems().isEmpty()) {
                ScenarioOutcome outcome = new ScenarioOutcome(file.file(), "(the file)", 0, null, List.of(),
                        file.problems().stream().map(InputProblem::toString).toList());
                outcomes.add(outcome);
                eachOutcome.accept(outcome);
            }
            for (ScenarioFile.Unreadable unreadable : file.unreadable()) {
                ScenarioOutcome outcome = ScenarioRunner.unreadable(file.file(), unreadable);
                outcomes.add(outcome);
                eachOutcome.accept(outcome);
            }
            for (Scenario scenario : plan.scenariosOf(file)) {
                ScenarioOutcome outcome = runner.run(scenario);
                outcomes.add(outcome);
                eachOutcome.accept(outcome);
            }
        }
        List<RuleCoverageReport> coverage = new ArrayList<>();
        for (int year : runner.editions()) {
            coverage.add(runner.coverage(year));
        }
        return new ScenarioRun(outcomes, coverage, plan.skipped(), minCoverage);
    }

    /**
     * Builds the mutants of each edition's rules and runs the edition's scenarios against each: every
     * figure of the thresholds table and of the settings one step up and one step down, every
     * comparison of a rule's conditions turned to its neighbour ({@code >=} and {@code >}, {@code <}
     * and {@code <=}), every rule switched off alone. A mutant is killed when a scenario fails, or
     * when the engine refuses the changed rules. The rules are those the scenarios run with: the
     * shipped ones, or {@link #rules(Path)}.
     *
     * <pre>{@code
     * MutationReport report = LabelScenarios.in(Path.of("scenarios")).edition(2023).mutants().get(0);
     * report.score();       // 100.0 when every mutant is killed
     * report.survivors();   // each with its file:line, its change and the scenario that came closest
     * }</pre>
     *
     * @return a report per edition, in ascending order
     * @throws IllegalStateException when a scenario fails with the rules as written: mutants mean
     *                               something only to a suite that passes
     */
    public List<MutationReport> mutants() {
        return mutants(mutant -> true);
    }

    /** The mutants {@code which} keeps only: a small run, for tests. */
    List<MutationReport> mutants(java.util.function.Predicate<RuleMutant> which) {
        Plan plan = plan();
        List<MutationReport> reports = new ArrayList<>();
        for (int year : plan.editions()) {
            reports.add(mutants(plan, year, which));
        }
        return reports;
    }

    private MutationReport mutants(Plan plan, int year, java.util.function.Predicate<RuleMutant> which) {
        List<Scenario> scenarios = new ArrayList<>();
        for (ScenarioFile file : plan.files()) {
            if (!file.problems().isEmpty() || !file.unreadable().isEmpty()) {
                throw new IllegalStateException(language == Language.EN
                        ? "the scenario file " + plan.nameOf(file) + " cannot be read: its mutants would mean nothing"
                        : "le fichier de scénarios " + plan.nameOf(file) + " est illisible : ses mutants n'auraient pas de sens");
            }
            plan.scenariosOf(file).stream().filter(s -> s.edition() == year).forEach(scenarios::add);
        }
        java.util.function.Function<Scenario, String> label = s -> plan.nameOf(s.file()) + ":" + s.line() + "  "
                + s.displayName();
        boolean own = rules != null && (plan.rulesEdition() == null || plan.rulesEdition() == year);
        Path exported = null;
        try {
            fr.label.RuleSetDescription compiled;
            List<String> shown = new ArrayList<>();
            if (own) {
                compiled = LabelEngine.editions(rules).isEmpty() ? fr.label.LabelRules.compile(rules)
                        : fr.label.LabelRules.compile(rules, year);
                Path base = rules.toAbsolutePath().normalize();
                for (fr.label.RuleFile file : compiled.files()) {
                    Path path = Path.of(file.name()).toAbsolutePath().normalize();
                    shown.add(path.startsWith(base) ? base.relativize(path).toString().replace('\\', '/') : file.name());
                }
            } else {
                // The shipped rules are precompiled: their text is compiled once here, and each
                // mutant then compiles only its changed rule.
                exported = Files.createTempDirectory("label-mutants-");
                fr.label.LabelRules.export(year, exported);
                compiled = fr.label.LabelRules.compile(exported);
                List<fr.label.RuleFile> shipped = fr.label.LabelRules.files(year);
                for (fr.label.RuleFile file : compiled.files()) {
                    String name = Path.of(file.name()).getFileName().toString();
                    shown.add(shipped.stream().map(fr.label.RuleFile::name)
                            .filter(n -> n.equals(name) || n.endsWith("/" + name)).reduce((a, b) -> b).orElse(name));
                }
            }
            MutationRunner runner = new MutationRunner(year, compiled, scenarios, label, shown::get, language, maxFirings,
                    which);
            return runner.run(own ? rules.toString() : RuleCoverageReport.SHIPPED,
                    Runtime.getRuntime().availableProcessors());
        } catch (fr.label.RuleSetException e) {
            throw new IllegalStateException(String.join("\n", e.describe(language)), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules of edition " + year + " to compile them", e);
        } finally {
            if (exported != null) {
                delete(exported);
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind: the system cleans it
        }
    }

    private Plan plan() {
        List<Path> paths = text != null ? List.of() : scenarioFiles();
        List<ScenarioFile> files = new ArrayList<>();
        for (Path path : paths) {
            Integer inherited = ScenarioReader.folderEdition(Files.isDirectory(location) ? location : path.getParent(), path);
            files.add(ScenarioReader.read(path, inherited != null ? inherited : edition));
        }
        if (text != null) {
            files.add(ScenarioReader.read(text, location, edition));
        } else if (paths.isEmpty()) {
            files.add(new ScenarioFile(location, List.of(), List.of(), List.of(new InputProblem(location.toString(), "",
                    Files.exists(location) ? "expected scenario files (.yaml) in this folder, found none"
                            : "no such file or folder"))));
        }
        TreeSet<Integer> editions = new TreeSet<>();
        int skipped = 0;
        for (ScenarioFile file : files) {
            for (Scenario scenario : file.scenarios()) {
                if (edition == null || scenario.edition() == edition) {
                    editions.add(scenario.edition());
                } else {
                    skipped++;
                }
            }
        }
        Integer rulesEdition = null;
        if (rules != null) {
            if (edition != null) {
                rulesEdition = edition;
            } else if (!LabelEngine.editions(rules).isEmpty()) {
                rulesEdition = null; // laid out by edition: each edition runs with its own folder
            } else if (editions.size() == 1) {
                rulesEdition = editions.first();
            } else {
                throw new IllegalArgumentException("which edition are the rules of " + rules + " for? The scenarios "
                        + "run in " + editions + ": give the edition (--edition YEAR, or .edition(YEAR))");
            }
        }
        return new Plan(location, files, editions, rulesEdition, edition, skipped);
    }

    private List<Path> scenarioFiles() {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(location)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scenario files of " + location, e);
        }
    }

    /** What a run will do: its files, the editions it runs in, and which one the rules directory replaces. */
    private record Plan(Path location, List<ScenarioFile> files, TreeSet<Integer> editions, Integer rulesEdition,
                        Integer onlyEdition, int skipped) {

        List<Scenario> scenariosOf(ScenarioFile file) {
            return file.scenarios().stream().filter(s -> onlyEdition == null || s.edition() == onlyEdition).toList();
        }

        String nameOf(Path file) {
            Path base = java.nio.file.Files.isDirectory(location) ? location : location.getParent();
            if (base == null) {
                return file.toString();
            }
            Path relative = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
            return relative.toString().replace('\\', '/');
        }

        String nameOf(ScenarioFile file) {
            return nameOf(file.file());
        }
    }

    private void fail(ScenarioOutcome outcome) {
        String message = String.join("\n", outcome.describe(language));
        if (outcome.problems().isEmpty() && outcome.mismatches().size() == 1) {
            Mismatch mismatch = outcome.mismatches().get(0);
            throw new AssertionFailedError(message, mismatch.expected(language), mismatch.actual(language));
        }
        throw new AssertionFailedError(message);
    }

    static String coverageFailure(RuleCoverageReport coverage, Language language) {
        boolean en = language == Language.EN;
        StringBuilder text = new StringBuilder(en ? "rule coverage of edition " + coverage.edition() + ": "
                + coverage.summary(language) + "; never fired:"
                : "couverture des règles de l'édition " + coverage.edition() + " : " + coverage.summary(language)
                + " ; jamais déclenchées :");
        coverage.neverFired().forEach(rule -> text.append("\n  ").append(rule.file()).append(en ? ": " : " : ")
                .append(rule.title(language)));
        return text.toString();
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static URI uri(Path file, int line) {
        URI uri = file.toAbsolutePath().toUri();
        return line > 0 ? URI.create(uri + "?line=" + line) : uri;
    }
}
