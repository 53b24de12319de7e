package com.example;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;
import fr.label.result.Result;
import fr.label.result.Topic;

import java.time.LocalDate;

public class FirstEvaluation {

    public static void main(String[] args) {
        LabelEngine engine = LabelEngine.forEdition(2023);   // built once, then shared and thread-safe

        Dossier dossier = Dossier.builder(2023)
                .collectivite(Collectivite.village("99X01", "Village-Exemple"))
                .action(Action.builder("a-001").title("Portail famille").services("portail-famille")
                        .start(LocalDate.of(2021, 9, 1)).innovative().build())
                .action(Action.builder("a-002").title("Budget participatif").services("budget-participatif")
                        .start(LocalDate.of(2020, 3, 1)).end(LocalDate.of(2020, 6, 30)).build())
                .history(HistoryEntry.of(2022, 1))
                .build();

        Result result = engine.evaluate(dossier);
        System.out.println(result.arobases() + "@");
        result.actions().forEach(a -> System.out.println(a.id() + " " + (a.eligible() ? "counts" : a.reason())));
        result.nextLevel().unmet().forEach(c -> System.out.println(c.describe(Language.EN)));
        result.explanationsOf(Topic.AROBASES)
                .forEach(e -> System.out.println(e.ruleTitle(Language.EN) + ": " + e.message(Language.EN)));
    }
}
