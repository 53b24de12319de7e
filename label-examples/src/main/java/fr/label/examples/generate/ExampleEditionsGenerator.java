package fr.label.examples.generate;

import fr.label.LabelEngine;
import fr.label.dossier.Action;
import fr.label.dossier.Dossier;
import fr.label.examples.ExampleEditions;
import fr.label.examples.generate.ActionPlanner.Plan;
import fr.label.referentiel.Referentiel;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Mention;
import fr.label.result.Palmares;
import fr.label.result.Result;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the five example editions ({@code edition-2020.json} to {@code edition-2024.json}) from a
 * fixed seed: the same files byte for byte on every run. The files hold dossiers only; levels,
 * mentions and excellence statuses are what the rules make of them.
 *
 * <pre>
 * java -cp ... fr.label.examples.generate.ExampleEditionsGenerator [output-directory]
 * </pre>
 *
 * The output directory defaults to {@value #DEFAULT_OUTPUT}, relative to the repository root.
 * See EXAMPLES.md in the label-examples module.
 */
public final class ExampleEditionsGenerator {

    public static final String DEFAULT_OUTPUT = "label-examples/src/main/resources/fr/label/examples/editions";
    /** The seed: the day of the 2020 ceremony. */
    static final long SEED = 20_200_204L;
    /**
     * Actions filed in all: published for 2021 and 2022; invented for the other years (2020 below
     * 2021, since the 2021 figure was said to exceed the earlier years').
     */
    static final Map<Integer, Integer> ACTIONS_FILED = Map.of(2020, 11_380, 2021, 12_040, 2022, 14_529,
            2023, 14_870, 2024, 15_240);

    private ExampleEditionsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT);
        for (Map.Entry<Integer, String> edition : render().entrySet()) {
            Path file = write(output, edition.getKey(), edition.getValue());
            System.out.printf("%s: %,d bytes%n", file, Files.size(file));
        }
    }

    /** Writes all five files into the directory and returns their paths. */
    public static List<Path> writeAll(Path output) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<Integer, String> edition : render().entrySet()) {
            files.add(write(output, edition.getKey(), edition.getValue()));
        }
        return files;
    }

    private static Path write(Path output, int year, String json) throws IOException {
        Files.createDirectories(output);
        Path file = output.resolve(ExampleEditions.fileName(year));
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The text of each example edition file, by year. */
    public static Map<Integer, String> render() {
        Referentiel referentiel = Referentiel.defaultReferentiel();
        for (String[] unknown : Titles.UNKNOWN_SERVICES) {
            if (referentiel.service(unknown[0]).isPresent()) {
                throw new IllegalStateException(unknown[0] + " is in the référentiel: it cannot stand for an unknown service");
            }
        }
        World world = World.build(SEED);
        ActionPlanner planner = new ActionPlanner(referentiel);
        Map<Integer, String> files = new LinkedHashMap<>();
        for (int year : World.YEARS) {
            List<Member> participants = world.participants(year);
            List<Plan> plans = new ArrayList<>();
            for (Member member : participants) {
                plans.add(planner.plan(member.intent(year), Draw.seeded(SEED, "plan", member.code(), "" + year)));
            }
            ensureEveryIneligibilityReason(plans, year);
            if (ACTIONS_FILED.containsKey(year)) {
                adjust(plans, ACTIONS_FILED.get(year), Draw.seeded(SEED, "adjust", "" + year));
            }
            List<Dossier> dossiers = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Member member = participants.get(i);
                Plan plan = plans.get(i);
                List<Action> actions = planner.build(plan, Draw.seeded(SEED, "build", member.code(), "" + year));
                dossiers.add(new Dossier(year, member.collectivite, actions, plan.intent.history()));
            }
            check(year, participants, plans, dossiers);
            files.put(year, EditionWriter.write(year, dossiers));
        }
        return files;
    }

    /** Every reason for an ineligible action occurs in every edition, whatever the draws gave. */
    private static void ensureEveryIneligibilityReason(List<Plan> plans, int year) {
        Set<String> present = new TreeSet<>();
        plans.forEach(p -> present.addAll(p.ineligible));
        Random random = Draw.seeded(SEED, "reasons", "" + year);
        for (String kind : ActionPlanner.INELIGIBLE_KINDS) {
            if (!present.contains(kind)) {
                List<Plan> open = plans.stream().filter(p -> p.intent.adjustable() && p.eligible > 0).toList();
                Draw.pick(random, open).ineligible.add(kind);
            }
        }
    }

    /**
     * Moves eligible counts within each plan's range until the edition files the published total.
     * A dossier whose level hangs on its action count and that was drawn within a few actions of
     * the threshold is left there, as in a real palmarès: without it, the additions would lift every
     * such dossier well clear of its threshold and a change of that threshold would show nothing.
     */
    private static void adjust(List<Plan> plans, int total, Random random) {
        int gap = total - plans.stream().mapToInt(Plan::filed).sum();
        List<Plan> movable = plans.stream().filter(plan -> !atItsActionThreshold(plan)).toList();
        while (gap != 0) {
            int step = Integer.signum(gap);
            boolean moved = false;
            for (Plan plan : Draw.shuffled(random, movable)) {
                if (gap == 0) {
                    break;
                }
                int next = plan.eligible + step;
                if (next >= plan.low && next <= plan.high) {
                    plan.eligible = next;
                    gap -= step;
                    moved = true;
                }
            }
            if (!moved) {
                throw new IllegalStateException("cannot reach " + total + " actions filed: " + gap + " to go");
            }
        }
    }

    private static boolean atItsActionThreshold(Plan plan) {
        return plan.mode.equals("A") && plan.eligible < plan.low + ActionPlanner.NEAR_THRESHOLD;
    }

    /**
     * Stops the generator when a dossier misses its intent. The rules decide, not the generator:
     * the edition's engine evaluates the dossiers, and each result must be what the script meant
     * (level, mentions it is eligible for, eligible actions, excellence).
     */
    private static void check(int year, List<Member> participants, List<Plan> plans, List<Dossier> dossiers) {
        Palmares palmares = LabelEngine.forEdition(year).evaluateEdition(dossiers);
        if (!palmares.rejections().isEmpty()) {
            throw new IllegalStateException("invalid dossiers in " + year + ": " + palmares.rejections());
        }
        for (int i = 0; i < dossiers.size(); i++) {
            check(participants.get(i), year, plans.get(i), dossiers.get(i), palmares.results().get(i));
        }
    }

    private static void check(Member member, int year, Plan plan, Dossier dossier, Result result) {
        DossierIntent intent = plan.intent;
        List<String> problems = new ArrayList<>();
        if (result.arobases() != intent.level()) {
            problems.add("level " + result.arobases() + " instead of " + intent.level() + " (" + plan.mode + ")");
        }
        Set<String> mentions = new TreeSet<>(result.mentionsEligible().stream().map(Mention::code).toList());
        if (!mentions.equals(new TreeSet<>(intent.mentions().keySet()))) {
            problems.add("mentions " + mentions + " instead of " + intent.mentions().keySet());
        }
        if (intent.filed() != null && dossier.actions().size() != intent.filed()) {
            problems.add(dossier.actions().size() + " actions filed instead of " + intent.filed());
        }
        if (result.eligibleActions() != plan.eligible) {
            problems.add(result.eligibleActions() + " eligible actions instead of " + plan.eligible);
        }
        boolean awarded = result.excellence().status() == ExcellenceStatus.AWARDED;
        if (awarded != member.excellence.contains(year)) {
            problems.add("excellence " + (awarded ? "awarded" : "not awarded") + " against the script");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(member.code() + " " + member.collectivite.name() + " in " + year + ": "
                    + String.join("; ", problems));
        }
    }
}
