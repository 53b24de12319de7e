package com.example;

import fr.label.LabelEngine;
import fr.label.dossier.Dossier;
import fr.label.json.LabelJson;
import fr.label.result.Result;

import java.nio.file.Path;

/**
 * An application that embeds the label, packaged as one jar with the README's maven-shade-plugin
 * recipe: {@code java -jar app.jar DOSSIER.json [RULES_DIR]} prints the collectivité's code and
 * arobases, evaluated with the shipped rules of the dossier's edition or with the rule files of
 * RULES_DIR. A failure is printed as its message alone, with exit status 1.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        try {
            Dossier dossier = LabelJson.readDossier(Path.of(args[0]));
            LabelEngine engine = args.length > 1
                    ? LabelEngine.builder().edition(dossier.edition()).rules(Path.of(args[1])).build()
                    : LabelEngine.forEdition(dossier.edition());
            Result result = engine.evaluate(dossier);
            System.out.println(result.code() + " " + result.arobases() + "@");
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
