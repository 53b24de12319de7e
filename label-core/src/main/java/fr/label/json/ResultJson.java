package fr.label.json;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.label.Language;
import fr.label.RuleSetFingerprint;
import fr.label.dossier.CollectiviteType;
import fr.label.dossier.InputProblem;
import fr.label.dossier.Rejection;
import fr.label.referentiel.Enjeu;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.result.Palmares;
import fr.label.result.PalmaresSummary;
import fr.label.result.Result;
import fr.label.result.UnmetCondition;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Writes results and palmarès in the documented JSON shape, field by field so the order is stable. */
final class ResultJson {

    private ResultJson() {
    }

    static void write(Palmares palmares, Language language, JsonGenerator out) throws IOException {
        head(palmares.edition(), palmares.catalogue(), language, out);
        for (Result result : palmares.results()) {
            write(result, language, false, out);
        }
        tail(palmares, out);
    }

    /** Opens the palmarès object and its results array; results are written one by one after it. */
    static void head(int edition, List<Mention> catalogue, Language language, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("edition", edition);
        out.writeNumberField("number", edition - 1999);
        out.writeArrayFieldStart("catalogue");
        for (Mention mention : catalogue) {
            out.writeStartObject();
            out.writeStringField("code", mention.code());
            out.writeStringField("enjeu", mention.enjeu());
            out.writeStringField("label", mention.label(language));
            if (mention.capped()) {
                out.writeNumberField("cap", mention.cap());
            } else {
                out.writeNullField("cap");
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("results");
    }

    /** Closes the results array, then the rejections and the figures, which are known last. */
    static void tail(Palmares figures, JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeArrayFieldStart("rejections");
        for (Rejection rejection : figures.rejections()) {
            out.writeStartObject();
            out.writeNumberField("index", rejection.index());
            out.writeStringField("code", rejection.code());
            out.writeStringField("name", rejection.name());
            out.writeArrayFieldStart("problems");
            for (InputProblem problem : rejection.problems()) {
                out.writeStartObject();
                out.writeStringField("file", problem.file());
                out.writeStringField("path", problem.path());
                out.writeStringField("message", problem.message());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeFieldName("summary");
        summary(figures.summary(), out);
        rules(figures.rules(), out);
        // Last, so that a palmarès cut short anywhere before lacks it.
        out.writeBooleanField("complete", true);
        out.writeEndObject();
    }

    /**
     * Ends a palmarès whose edition failed half-way as an explicit incomplete document: the
     * results written so far, then {@code "complete": false} and the problems that stopped it,
     * without rejections or figures.
     */
    static void incomplete(List<InputProblem> problems, JsonGenerator out) throws IOException {
        // Close whatever was open (a result cut short, the results array) down to the palmarès object.
        while (out.getOutputContext().getParent() != null && !out.getOutputContext().getParent().inRoot()) {
            if (out.getOutputContext().inArray()) {
                out.writeEndArray();
            } else {
                out.writeEndObject();
            }
        }
        out.writeBooleanField("complete", false);
        out.writeArrayFieldStart("problems");
        for (InputProblem problem : problems) {
            out.writeStartObject();
            out.writeStringField("file", problem.file());
            out.writeStringField("path", problem.path());
            out.writeStringField("message", problem.message());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Which rules made the results: written once for a palmarès, with each result written alone. */
    private static void rules(RuleSetFingerprint rules, JsonGenerator out) throws IOException {
        if (rules == null) {
            out.writeNullField("rules");
            return;
        }
        out.writeObjectFieldStart("rules");
        out.writeNumberField("edition", rules.edition());
        out.writeStringField("digest", rules.digest());
        out.writeStringField("library", rules.library());
        out.writeEndObject();
    }

    private static void summary(PalmaresSummary summary, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("participants", summary.participants());
        out.writeNumberField("rejected", summary.rejected());
        out.writeFieldName("byType");
        countsByType(summary.byType(), out);
        out.writeObjectFieldStart("byRegion");
        for (Map.Entry<String, Integer> region : summary.byRegion().entrySet()) {
            out.writeNumberField(region.getKey(), region.getValue());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("byArobases");
        for (Map.Entry<Integer, Map<CollectiviteType, Integer>> level : summary.byArobases().entrySet()) {
            out.writeFieldName(String.valueOf(level.getKey()));
            countsByType(level.getValue(), out);
        }
        out.writeEndObject();
        out.writeObjectFieldStart("mentionsAwarded");
        for (Map.Entry<String, Integer> mention : summary.mentionsAwarded().entrySet()) {
            out.writeNumberField(mention.getKey(), mention.getValue());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("mentionsEligible");
        for (Map.Entry<String, Integer> mention : summary.mentionsEligible().entrySet()) {
            out.writeNumberField(mention.getKey(), mention.getValue());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("excellence");
        out.writeNumberField("awarded", summary.excellenceAwarded());
        out.writeNumberField("holders", summary.excellenceHolders());
        out.writeEndObject();
        out.writeObjectFieldStart("actions");
        out.writeNumberField("filed", summary.actionsFiled());
        out.writeNumberField("eligible", summary.actionsEligible());
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void countsByType(Map<CollectiviteType, Integer> counts, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<CollectiviteType, Integer> count : counts.entrySet()) {
            out.writeNumberField(count.getKey().name(), count.getValue());
        }
        out.writeEndObject();
    }

    /**
     * @param withRules whether to write which rules made it: yes for a result alone, no in a
     *                  palmarès, which says it once for all its results
     */
    static void write(Result result, Language language, boolean withRules, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("edition", result.edition());
        out.writeStringField("code", result.code());
        out.writeStringField("name", result.name());
        out.writeStringField("type", result.type().name());
        if (result.collectivite().population() != null) {
            out.writeNumberField("population", result.collectivite().population());
        } else {
            out.writeNullField("population");
        }
        out.writeStringField("departement", result.collectivite().departement());
        out.writeStringField("region", result.collectivite().region());
        out.writeNumberField("arobases", result.arobases());
        codes("mentionsEligible", result.mentionsEligible(), out);
        codes("mentions", result.mentions(), out);
        out.writeObjectFieldStart("excellence");
        out.writeStringField("status", result.excellence().status().name());
        if (result.excellence().validUntil() == null) {
            out.writeNullField("validUntil");
        } else {
            out.writeNumberField("validUntil", result.excellence().validUntil());
        }
        out.writeEndObject();
        out.writeObjectFieldStart("measures");
        for (Map.Entry<String, Integer> measure : result.measures().entrySet()) {
            out.writeNumberField(measure.getKey(), measure.getValue());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("mosaique");
        for (EnjeuCoverage tile : result.mosaique()) {
            out.writeStartObject();
            out.writeStringField("enjeu", tile.enjeu().code());
            out.writeStringField("categorie", tile.enjeu().categorie());
            out.writeStringField("label", tile.enjeu().label(language));
            out.writeNumberField("actions", tile.actions());
            out.writeNumberField("innovativeActions", tile.innovativeActions());
            out.writeNumberField("services", tile.services());
            out.writeBooleanField("covered", tile.covered());
            out.writeBooleanField("strong", tile.strong());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("actions");
        for (ActionResult action : result.actions()) {
            out.writeStartObject();
            out.writeStringField("id", action.id());
            out.writeStringField("title", action.title());
            out.writeBooleanField("eligible", action.eligible());
            out.writeStringField("reason", action.reason());
            out.writeArrayFieldStart("unknownServices");
            for (String code : action.unknownServices()) {
                out.writeString(code);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        nextLevel(result.nextLevel(), language, out);
        out.writeArrayFieldStart("explanations");
        for (Explanation explanation : result.explanations()) {
            out.writeStartObject();
            out.writeStringField("topic", explanation.topic().name());
            out.writeStringField("subject", explanation.subject());
            out.writeStringField("rule", explanation.rule());
            out.writeStringField("ruleTitle", explanation.ruleTitle(language));
            out.writeStringField("message", explanation.message(language));
            out.writeEndObject();
        }
        out.writeEndArray();
        if (withRules) {
            rules(result.rules(), out);
        }
        out.writeEndObject();
    }

    private static void nextLevel(NextLevel next, Language language, JsonGenerator out) throws IOException {
        if (next == null) {
            out.writeNullField("nextLevel");
            return;
        }
        out.writeObjectFieldStart("nextLevel");
        out.writeNumberField("arobases", next.arobases());
        out.writeArrayFieldStart("unmet");
        for (UnmetCondition condition : next.unmet()) {
            out.writeStartObject();
            out.writeStringField("measure", condition.measure());
            out.writeStringField("label", language == Language.EN ? condition.labelEn() : condition.label());
            out.writeNumberField("actual", condition.actual());
            out.writeNumberField("required", condition.required());
            out.writeStringField("message", condition.describe(language));
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("uncoveredEnjeux");
        for (Enjeu enjeu : next.uncoveredEnjeux()) {
            out.writeString(enjeu.code());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void codes(String field, List<Mention> mentions, JsonGenerator out) throws IOException {
        out.writeArrayFieldStart(field);
        for (Mention mention : mentions) {
            out.writeString(mention.code());
        }
        out.writeEndArray();
    }
}
