package fr.label.rules.facts;

import fr.label.Language;
import fr.label.Threshold;
import fr.label.result.UnmetCondition;

import java.util.Collection;
import java.util.stream.Collectors;

/** A threshold of the dossier's type confronted with the dossier's measure. */
public record ThresholdCheck(Threshold threshold, Measure measure, boolean met) {

    public int level() {
        return threshold.level();
    }

    public UnmetCondition asUnmetCondition() {
        return new UnmetCondition(measure.name(), measure.label(), measure.labelEn(), measure.value(),
                threshold.minimum(), measure.yesNo());
    }

    /** "enjeux couverts : 8 sur 10, démocratie locale couverte : non", for explanations. */
    public static String describe(Collection<?> checks, Language language) {
        return checks.stream().map(check -> ((ThresholdCheck) check).asUnmetCondition().describe(language))
                .sorted().collect(Collectors.joining(", "));
    }
}
