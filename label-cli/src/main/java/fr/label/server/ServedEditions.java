package fr.label.server;

import fr.label.LabelEngine;
import fr.label.LabelRules;
import fr.label.RuleSetDescription;
import fr.label.examples.ExampleEditions;
import fr.label.result.Palmares;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions a server answers for, by the name that addresses them: "2023" for a shipped rule
 * set, "local-2023" for an edition of the rules directory given at start. Engines of shipped
 * editions are built on first use (the server starts at once) and shared by every request; a
 * rules directory is compiled at start, so that rules that do not compile stop the server
 * before it listens.
 */
final class ServedEditions {

    /** The prefix of the editions of a rules directory. */
    static final String LOCAL_PREFIX = "local-";

    /** One served edition. */
    record Edition(String name, int year, boolean shipped, RuleSetDescription compiled) {
    }

    private final Map<String, Edition> editions = new LinkedHashMap<>();
    private final Map<String, LabelEngine> engines = new ConcurrentHashMap<>();
    private final Map<Integer, Palmares> examplePalmares = new ConcurrentHashMap<>();

    ServedEditions(Path rules) {
        for (int year : LabelEngine.editions()) {
            editions.put(Integer.toString(year), new Edition(Integer.toString(year), year, true, null));
        }
        if (rules != null) {
            List<Integer> years = LabelEngine.editions(rules);
            List<RuleSetDescription> compiled = new ArrayList<>();
            if (years.isEmpty()) {
                compiled.add(LabelRules.compile(rules)); // one rule set, as "rules --export" writes it
            } else {
                for (int year : years) {
                    compiled.add(LabelRules.compile(rules, year));
                }
            }
            for (RuleSetDescription ruleSet : compiled) {
                String name = LOCAL_PREFIX + ruleSet.edition();
                Edition edition = new Edition(name, ruleSet.edition(), false, ruleSet);
                editions.put(name, edition);
                engines.put(name, LabelEngine.builder().edition(ruleSet.edition()).rules(ruleSet).build());
            }
        }
    }

    /** The edition of that name, or {@code null}. */
    Edition find(String name) {
        return editions.get(name);
    }

    List<Edition> all() {
        return List.copyOf(editions.values());
    }

    /** The shared engine of an edition: built once, then thread-safe. */
    LabelEngine engine(Edition edition) {
        return edition.shipped() ? LabelEngine.forEdition(edition.year())
                : engines.get(edition.name());
    }

    /** The years of the shipped example editions that have shipped rules. */
    List<Integer> exampleYears() {
        List<Integer> years = new ArrayList<>(ExampleEditions.years());
        years.retainAll(LabelEngine.editions());
        return Collections.unmodifiableList(years);
    }

    /** The palmarès of a shipped example edition, evaluated once. */
    Palmares examplePalmares(int year) {
        return examplePalmares.computeIfAbsent(year,
                y -> LabelEngine.forEdition(y).evaluateEdition(ExampleEditions.read(y)));
    }
}
