package fr.label.examples.generate;

import fr.label.dossier.Action;
import fr.label.dossier.Collectivite;
import fr.label.dossier.Dossier;
import fr.label.dossier.HistoryEntry;

import java.util.List;

/**
 * Writes an edition file (docs/formats.md) compactly: one line for a dossier's collectivité, one
 * for its history, one per action. Dossiers omit their {@code edition} (the file's); an action
 * omits {@code end} while still running and {@code innovative} when false, as the format allows.
 */
final class EditionWriter {

    private EditionWriter() {
    }

    static String write(int edition, List<Dossier> dossiers) {
        StringBuilder out = new StringBuilder();
        out.append("{\"edition\": ").append(edition).append(", \"dossiers\": [\n");
        for (int d = 0; d < dossiers.size(); d++) {
            Dossier dossier = dossiers.get(d);
            Collectivite c = dossier.collectivite();
            out.append("{\"collectivite\": {\"code\": ").append(string(c.code()))
                    .append(", \"name\": ").append(string(c.name()))
                    .append(", \"type\": ").append(string(c.type().name()))
                    .append(", \"population\": ").append(c.population())
                    .append(", \"departement\": ").append(string(c.departement()))
                    .append(", \"region\": ").append(string(c.region())).append("},\n");
            out.append(" \"history\": [");
            for (int h = 0; h < dossier.history().size(); h++) {
                HistoryEntry entry = dossier.history().get(h);
                out.append(h == 0 ? "" : ", ").append("{\"edition\": ").append(entry.edition())
                        .append(", \"arobases\": ").append(entry.arobases());
                if (entry.excellence()) {
                    out.append(", \"excellence\": true");
                }
                out.append('}');
            }
            out.append("],\n \"actions\": [\n");
            for (int a = 0; a < dossier.actions().size(); a++) {
                Action action = dossier.actions().get(a);
                out.append("  {\"id\": ").append(string(action.id()))
                        .append(", \"title\": ").append(string(action.title()))
                        .append(", \"services\": [");
                for (int s = 0; s < action.services().size(); s++) {
                    out.append(s == 0 ? "" : ", ").append(string(action.services().get(s)));
                }
                out.append("], \"start\": \"").append(action.start()).append('"');
                if (action.end() != null) {
                    out.append(", \"end\": \"").append(action.end()).append('"');
                }
                if (action.innovative()) {
                    out.append(", \"innovative\": true");
                }
                out.append(a == dossier.actions().size() - 1 ? "}\n" : "},\n");
            }
            out.append(" ]}").append(d == dossiers.size() - 1 ? "\n" : ",\n");
        }
        out.append("]}\n");
        return out.toString();
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
