package fr.label.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.label.Language;
import fr.label.LabelEngine;
import fr.label.RuleSetFingerprint;
import fr.label.dossier.Candidatures;
import fr.label.dossier.CollectiviteType;
import fr.label.examples.ExampleEditions;
import fr.label.json.LabelJson;
import fr.label.result.Excellence;
import fr.label.result.Explanation;
import fr.label.report.SafeText;
import fr.label.result.Palmares;
import fr.label.testing.EditionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code label diff}: what a rule change does to a whole edition. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
                "Evaluates one edition under two rule sets, the base and the candidate, each named by its "
                        + "fingerprint, and lists each collectivité whose arobases, mentions or excellence changed "
                        + "(before → after, with the explanation of the new decision), then how many gain or lose a "
                        + "level, by type.",
                "EDITION is an edition file (- for standard input), or a year for the example edition shipped with the tool."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LabelCommand label;

    @Parameters(paramLabel = "EDITION_FILE|YEAR", description = "an edition file (- for standard input), or a year (e.g. 2023)")
    String edition;

    @Option(names = "--base", paramLabel = "DIR|YEAR",
            description = "the rules to compare with: a rules directory, or a year for the shipped rules of that "
                    + "edition (default: the shipped rules of the edition)")
    String base;

    @Option(names = "--candidate", paramLabel = "DIR", required = true,
            description = "the changed rules: a rules directory (see 'label rules --export'), or one laid out like "
                    + "the shipped rules, of which the edition's folder is used")
    Path candidate;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            converter = Options.ReportFormatConverter.class, description = "text (default) or json")
    Options.ReportFormat format;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr", converter = Options.LanguageConverter.class,
            description = "the language of the report, of the rules' titles and of their explanations (default: fr)")
    Language language;

    @Option(names = "--threads", paramLabel = "N", converter = Options.ThreadsConverter.class,
            description = "threads used to evaluate the dossiers, 1 to 256 (default: one per processor)")
    Integer threads;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write the report into FILE instead of printing it: whole or not at all (written beside "
                    + "it, renamed into place at the end; on failure nothing is left and an existing FILE is untouched)")
    Path output;

    @Option(names = "--max-firings", paramLabel = "N", converter = Options.MaxFiringsConverter.class,
            description = "rule firings one dossier may take before its rules are taken to loop (default: "
                    + LabelEngine.DEFAULT_MAX_FIRINGS + "; rule files are code, see the README)")
    Integer maxFirings;

    @Override
    public Integer call() {
        Engines.checkRulesFolder(candidate, "--candidate", spec, language);
        if (base != null && !Engines.isYear(base)) {
            Engines.checkRulesFolder(Path.of(base), "--base", spec, language);
        }
        try (Destination destination = Destination.of(output, spec, language)) {
            int status = diff(destination.out());
            destination.commit();
            return status;
        }
    }

    private int diff(PrintWriter out) {
        Candidatures candidatures;
        String source;
        if (Engines.isYear(edition)) {
            int year = Engines.exampleYear(edition, true, spec, language);
            candidatures = ExampleEditions.read(year);
            source = (language == Language.EN ? "the example edition " : "l'édition d'exemple ") + year;
        } else {
            // Read once (standard input cannot be read again), then held: both rule sets evaluate it.
            try (LabelJson.Input input = Inputs.openEdition(edition, Inputs.standardInput(label), language,
                    Engines.exampleYears(true))) {
                candidatures = input.candidatures();
                source = input.source();
            }
        }
        int year = candidatures.edition();
        String baseName;
        LabelEngine baseEngine;
        if (base == null || Engines.isYear(base)) {
            if (base != null && !base.equals(String.valueOf(year))) {
                throw new ParameterException(spec.commandLine(),
                        UsageText.BASE_OF_ANOTHER_EDITION.in(language, base, String.valueOf(year)));
            }
            baseEngine = Engines.forFile(year, source, null, threads, maxFirings);
            baseName = (language == Language.EN ? "shipped " : "livrées ") + year;
        } else {
            baseEngine = Engines.forFile(year, source, Path.of(base), threads, maxFirings);
            baseName = base;
        }
        LabelEngine candidateEngine = Engines.forFile(year, source, candidate, threads, maxFirings);
        Palmares before = baseEngine.evaluateEdition(candidatures);
        Palmares after = candidateEngine.evaluateEdition(candidatures);
        EditionDiff diff = EditionDiff.between(before, after);
        if (format == Options.ReportFormat.JSON) {
            out.println(json(diff, source, baseName, before.rules(), after.rules()));
        } else {
            out.print(text(diff, source, baseName, before.rules(), after.rules()));
        }
        out.flush();
        Failures.reportRejections(before.rejections(), before.results().size(), language, spec.commandLine().getErr());
        return before.rejections().isEmpty() ? LabelCommand.ExitCode.OK : LabelCommand.ExitCode.REJECTED;
    }

    private String text(EditionDiff diff, String source, String baseName, RuleSetFingerprint baseRules,
                        RuleSetFingerprint candidateRules) {
        boolean en = language == Language.EN;
        String colon = en ? ": " : " : ";
        StringBuilder text = new StringBuilder();
        text.append(en ? "Edition " : "Édition ").append(diff.edition()).append(" (").append(source).append(", ")
                .append(diff.dossiers()).append(" dossiers) ")
                .append(en ? "under the base rules (" : "selon les règles de base (").append(baseName)
                .append(en ? ") and the candidate rules (" : ") et les règles candidates (").append(candidate)
                .append(en ? "):\n" : ") :\n");
        // Which rules each side ran, so that the comparison can be traced to them.
        text.append(en ? "  base rules:      " : "  règles de base :      ").append(baseRules.describe(language)).append('\n');
        text.append(en ? "  candidate rules: " : "  règles candidates :   ").append(candidateRules.describe(language))
                .append('\n');
        int count = diff.changes().size();
        if (count == 0) {
            text.append(en ? "no collectivité changes.\n" : "aucune collectivité ne change.\n");
        } else if (en) {
            text.append(count).append(count == 1 ? " collectivité changes:\n" : " collectivités change:\n");
        } else {
            text.append(count).append(count == 1 ? " collectivité change :\n" : " collectivités changent :\n");
        }
        for (EditionDiff.Change change : diff.changes()) {
            text.append("\n  ").append(SafeText.plain(change.after().code() + " " + change.after().name()))
                    .append(" (").append(change.after().type()).append(")\n");
            if (change.arobasesChanged()) {
                text.append("    arobases").append(colon).append(change.before().arobases()).append("@ → ")
                        .append(change.after().arobases()).append("@\n");
            }
            if (change.mentionsChanged()) {
                text.append("    mentions").append(colon).append(list(change.mentionsBefore())).append(" → ")
                        .append(list(change.mentionsAfter())).append('\n');
            }
            if (change.excellenceChanged()) {
                text.append("    excellence").append(colon).append(EditionDiff.show(change.before().excellence(), language))
                        .append(" → ").append(EditionDiff.show(change.after().excellence(), language)).append('\n');
            }
            for (Explanation why : change.explanations()) {
                PlainText.wrap(why.ruleTitle(language) + colon + why.message(language), "      ", PlainText.WIDTH)
                        .forEach(line -> text.append(SafeText.plain(line)).append('\n'));
            }
        }
        text.append(en ? "\nLevels, by type:\n" : "\nNiveaux, par type :\n");
        Table table = Table.of("type", Table.Align.LEFT, en ? "gain a level" : "gagnent un niveau", Table.Align.RIGHT,
                en ? "lose a level" : "perdent un niveau", Table.Align.RIGHT);
        Map<CollectiviteType, Integer> gained = diff.gainedALevel();
        Map<CollectiviteType, Integer> lost = diff.lostALevel();
        for (CollectiviteType type : CollectiviteType.values()) {
            table.row(type.name(), String.valueOf(gained.get(type)), String.valueOf(lost.get(type)));
        }
        table.row(en ? "all" : "tous", String.valueOf(sum(gained.values())), String.valueOf(sum(lost.values())));
        table.lines("  ", true).forEach(line -> text.append(line).append('\n'));
        if (en) {
            text.append("Mentions: ").append(diff.mentionsGained()).append(" gained, ").append(diff.mentionsLost())
                    .append(" lost. Excellence: ").append(diff.excellenceChanged()).append(" changed.\n");
        } else {
            text.append("Mentions : ").append(diff.mentionsGained()).append(diff.mentionsGained() > 1 ? " gagnées, "
                    : " gagnée, ").append(diff.mentionsLost()).append(diff.mentionsLost() > 1 ? " perdues" : " perdue")
                    .append(". Excellence : ").append(diff.excellenceChanged())
                    .append(diff.excellenceChanged() > 1 ? " changements.\n" : " changement.\n");
        }
        return text.toString();
    }

    private String json(EditionDiff diff, String source, String baseName, RuleSetFingerprint baseRules,
                        RuleSetFingerprint candidateRules) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("edition", diff.edition());
        root.put("source", source);
        root.put("base", baseName);
        root.put("candidate", candidate.toString());
        fingerprint(root.putObject("baseRules"), baseRules);
        fingerprint(root.putObject("candidateRules"), candidateRules);
        root.put("dossiers", diff.dossiers());
        ArrayNode changes = root.putArray("changes");
        for (EditionDiff.Change change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("code", change.after().code());
            node.put("name", change.after().name());
            node.put("type", change.after().type().name());
            ObjectNode arobases = node.putObject("arobases");
            arobases.put("before", change.before().arobases());
            arobases.put("after", change.after().arobases());
            ObjectNode mentions = node.putObject("mentions");
            change.mentionsBefore().forEach(mentions.putArray("before")::add);
            change.mentionsAfter().forEach(mentions.putArray("after")::add);
            ObjectNode excellence = node.putObject("excellence");
            excellence(excellence.putObject("before"), change.before().excellence());
            excellence(excellence.putObject("after"), change.after().excellence());
            ArrayNode changed = node.putArray("changed");
            if (change.arobasesChanged()) {
                changed.add("arobases");
            }
            if (change.mentionsChanged()) {
                changed.add("mentions");
            }
            if (change.excellenceChanged()) {
                changed.add("excellence");
            }
            ArrayNode explanations = node.putArray("explanations");
            for (Explanation why : change.explanations()) {
                ObjectNode explanation = explanations.addObject();
                explanation.put("topic", why.topic().name());
                explanation.put("rule", why.rule());
                explanation.put("ruleTitle", why.ruleTitle(language));
                explanation.put("message", why.message(language));
            }
        }
        ObjectNode summary = root.putObject("summary");
        ObjectNode gained = summary.putObject("gainedALevel");
        diff.gainedALevel().forEach((type, n) -> gained.put(type.name(), n));
        ObjectNode lost = summary.putObject("lostALevel");
        diff.lostALevel().forEach((type, n) -> lost.put(type.name(), n));
        summary.put("mentionsGained", diff.mentionsGained());
        summary.put("mentionsLost", diff.mentionsLost());
        summary.put("excellenceChanged", diff.excellenceChanged());
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fingerprint(ObjectNode node, RuleSetFingerprint rules) {
        node.put("edition", rules.edition());
        node.put("digest", rules.digest());
        node.put("library", rules.library());
    }

    private static void excellence(ObjectNode node, Excellence excellence) {
        node.put("status", excellence.status().name());
        if (excellence.validUntil() == null) {
            node.putNull("validUntil");
        } else {
            node.put("validUntil", excellence.validUntil());
        }
    }

    private static String list(Collection<String> codes) {
        return "[" + String.join(", ", codes) + "]";
    }

    private static int sum(Collection<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
