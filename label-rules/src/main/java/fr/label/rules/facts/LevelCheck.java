package fr.label.rules.facts;

import fr.label.Language;
import fr.label.Threshold;
import fr.label.result.UnmetCondition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A level of the dossier's type confronted with the dossier's measures, as levels.drl decides it.
 *
 * @param level the level, 2 to 5
 * @param met   whether the dossier meets every threshold line of the level
 * @param unmet the lines it does not meet, with the dossier's value and the one required
 */
public record LevelCheck(int level, boolean met, List<UnmetCondition> unmet) {

    public LevelCheck {
        unmet = List.copyOf(unmet);
    }

    /** A line of the table that the rules found the dossier's measure short of. */
    public static UnmetCondition unmet(Threshold threshold, Measure measure) {
        return new UnmetCondition(measure.name(), measure.label(), measure.labelEn(), measure.value(),
                threshold.minimum(), measure.yesNo());
    }

    /** "enjeux couverts : 8 sur 10, démocratie locale couverte : non", for explanations. */
    public String describe(Language language) {
        return unmet.stream().map(condition -> condition.describe(language)).sorted().collect(Collectors.joining(", "));
    }
}
