package fr.label.rules.engine;

import fr.label.dossier.Collectivite;
import fr.label.dossier.CollectiviteType;
import fr.label.referentiel.Enjeu;
import fr.label.result.ActionResult;
import fr.label.result.EnjeuCoverage;
import fr.label.result.Excellence;
import fr.label.result.ExcellenceStatus;
import fr.label.result.Explanation;
import fr.label.result.Mention;
import fr.label.result.NextLevel;
import fr.label.result.Topic;
import fr.label.result.UnmetCondition;
import fr.label.rules.facts.MentionCandidate;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dossier's outcome as bytes and back, equal to what was written: how an edition keeps its
 * mention candidates' outcomes on disk until the awards (see {@link HeldOutcomes}). Not a file
 * format: written and read by the same run, with the run's {@link Words}, the strings that repeat
 * from one outcome to the next (rule names, templates, titles, enjeux), held once in memory.
 */
final class OutcomeCodec {

    /** An explanation argument of a type the codec does not write: the outcome stays in memory. */
    static final class NotEncodable extends Exception {
        NotEncodable(Object value) {
            super(value.getClass().getName(), null, false, false);
        }
    }

    private static final int NULL = -1;
    /** A word the table had no room for, written in full. */
    private static final int IN_FULL = -2;

    private static final byte STRING = 1;
    private static final byte INTEGER = 2;
    private static final byte LONG = 3;
    private static final byte DOUBLE = 4;
    private static final byte BOOLEAN = 5;
    private static final byte DATE = 6;
    private static final byte LIST = 7;

    private OutcomeCodec() {
    }

    /**
     * The words of one edition's outcomes, each numbered once for the whole run: the templates,
     * titles and rule names of the explanations are the same in every outcome, so a record holds
     * their numbers only (about a third of its bytes, and of the time to decode it), and the outcomes
     * read back share one copy of each. Numbered by the evaluation threads as they write outcomes,
     * looked up as outcomes are read back, after they were written. Beyond 65,536 words
     * (data, not rules: unknown service codes), a word is written in full.
     */
    static final class Words {
        private final int bound;
        private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
        /** Replaced when it grows; published by the volatile write after each new word. */
        private volatile String[] byNumber = new String[512];
        private int size; // guarded by this

        Words() {
            this(1 << 16);
        }

        /** A table of at most {@code bound} words (tests: a full table). */
        Words(int bound) {
            this.bound = bound;
        }

        /** The word's number, or {@link #IN_FULL} when the table is full. */
        int number(String word) {
            Integer known = numbers.get(word);
            if (known != null) {
                return known;
            }
            synchronized (this) {
                known = numbers.get(word);
                if (known != null) {
                    return known;
                }
                if (size == bound) {
                    return IN_FULL;
                }
                String[] table = byNumber;
                if (size == table.length) {
                    table = Arrays.copyOf(table, size * 2);
                }
                table[size] = word;
                byNumber = table;
                numbers.put(word, size);
                return size++;
            }
        }

        String word(int number) {
            return byNumber[number];
        }
    }

    /** Writes the outcome but its candidates, which the caller keeps for the awards. */
    static void write(DossierOutcome outcome, DataOutput out, Words words) throws IOException, NotEncodable {
        int actionExplanations = 0;
        for (ActionResult action : outcome.actions()) {
            actionExplanations += action.explanations().size();
        }
        Writer writer = new Writer(out, words, actionExplanations);
        out.writeInt(outcome.edition());
        writer.collectivite(outcome.collectivite());
        out.writeInt(outcome.arobases());
        out.writeInt(outcome.mentionsEligible().size());
        for (Mention mention : outcome.mentionsEligible()) {
            writer.mention(mention);
        }
        writer.word(outcome.excellence().status().name());
        writer.integer(outcome.excellence().validUntil());
        out.writeInt(outcome.measures().size());
        for (Map.Entry<String, Integer> measure : outcome.measures().entrySet()) {
            writer.word(measure.getKey());
            writer.integer(measure.getValue());
        }
        out.writeInt(outcome.mosaique().size());
        for (EnjeuCoverage tile : outcome.mosaique()) {
            writer.enjeu(tile.enjeu());
            out.writeInt(tile.actions());
            out.writeInt(tile.innovativeActions());
            out.writeInt(tile.services());
            out.writeBoolean(tile.covered());
            out.writeBoolean(tile.strong());
        }
        out.writeInt(outcome.actions().size());
        for (ActionResult action : outcome.actions()) {
            writer.text(action.id());
            writer.text(action.title());
            out.writeBoolean(action.eligible());
            writer.word(action.reason());
            writer.words(action.unknownServices());
            writer.actionExplanations(action.explanations());
        }
        NextLevel next = outcome.nextLevel();
        out.writeBoolean(next != null);
        if (next != null) {
            out.writeInt(next.arobases());
            out.writeInt(next.unmet().size());
            for (UnmetCondition condition : next.unmet()) {
                writer.word(condition.measure());
                writer.word(condition.label());
                writer.word(condition.labelEn());
                out.writeInt(condition.actual());
                out.writeInt(condition.required());
                out.writeBoolean(condition.yesNo());
            }
            out.writeInt(next.uncoveredEnjeux().size());
            for (Enjeu enjeu : next.uncoveredEnjeux()) {
                writer.enjeu(enjeu);
            }
        }
        writer.dossierExplanations(outcome.explanations());
    }

    /** Reads an outcome {@link #write} wrote, with the candidates the caller kept. */
    static DossierOutcome read(DataInput in, List<MentionCandidate> candidates, Words words) throws IOException {
        Reader reader = new Reader(in, words);
        int edition = in.readInt();
        Collectivite collectivite = reader.collectivite();
        int arobases = in.readInt();
        List<Mention> mentions = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            mentions.add(reader.mention());
        }
        Excellence excellence = new Excellence(ExcellenceStatus.valueOf(reader.word()), reader.integer());
        Map<String, Integer> measures = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            measures.put(reader.word(), reader.integer());
        }
        List<EnjeuCoverage> mosaique = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            mosaique.add(new EnjeuCoverage(reader.enjeu(), in.readInt(), in.readInt(), in.readInt(),
                    in.readBoolean(), in.readBoolean()));
        }
        int actionCount = in.readInt();
        List<ActionResult> actions = new ArrayList<>(actionCount);
        for (int i = 0; i < actionCount; i++) {
            actions.add(new ActionResult(reader.text(), reader.text(), in.readBoolean(), reader.word(),
                    reader.words(), reader.actionExplanations()));
        }
        NextLevel next = null;
        if (in.readBoolean()) {
            int level = in.readInt();
            List<UnmetCondition> unmet = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                unmet.add(new UnmetCondition(reader.word(), reader.word(), reader.word(), in.readInt(), in.readInt(),
                        in.readBoolean()));
            }
            List<Enjeu> uncovered = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                uncovered.add(reader.enjeu());
            }
            next = new NextLevel(level, unmet, uncovered);
        }
        return new DossierOutcome(edition, collectivite, arobases, mentions, candidates, excellence, measures,
                mosaique, actions, next, reader.dossierExplanations());
    }

    /** Writes values; a word (a string that repeats) goes by its number in the run's table. */
    private static final class Writer {
        private final DataOutput out;
        private final Words words;
        /** The actions' explanations, numbered: the dossier's list holds them again, written by number. */
        private final Map<Explanation, Integer> aboutActions;

        Writer(DataOutput out, Words words, int actionExplanations) {
            this.out = out;
            this.words = words;
            // Sized once: growing it by doubling was a visible share of a national edition's writing.
            this.aboutActions = new IdentityHashMap<>(actionExplanations);
        }

        void text(String value) throws IOException {
            if (value == null) {
                out.writeInt(NULL);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        void word(String value) throws IOException {
            if (value == null) {
                out.writeInt(NULL);
                return;
            }
            int number = words.number(value);
            out.writeInt(number);
            if (number == IN_FULL) {
                text(value);
            }
        }

        void words(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String value : values) {
                word(value);
            }
        }

        void integer(Integer value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeInt(value);
            }
        }

        void collectivite(Collectivite collectivite) throws IOException {
            text(collectivite.code());
            text(collectivite.name());
            word(collectivite.type() == null ? null : collectivite.type().name());
            integer(collectivite.population());
            word(collectivite.departement());
            word(collectivite.region());
        }

        void mention(Mention mention) throws IOException {
            word(mention.code());
            word(mention.enjeu());
            word(mention.label());
            word(mention.labelEn());
            integer(mention.cap());
        }

        void enjeu(Enjeu enjeu) throws IOException {
            word(enjeu.code());
            word(enjeu.label());
            word(enjeu.labelEn());
            word(enjeu.categorie());
        }

        void actionExplanations(List<Explanation> explanations) throws IOException, NotEncodable {
            out.writeInt(explanations.size());
            for (Explanation explanation : explanations) {
                aboutActions.putIfAbsent(explanation, aboutActions.size());
                explanation(explanation);
            }
        }

        void dossierExplanations(List<Explanation> explanations) throws IOException, NotEncodable {
            out.writeInt(explanations.size());
            for (Explanation explanation : explanations) {
                Integer number = aboutActions.get(explanation);
                out.writeInt(number == null ? NULL : number);
                if (number == null) {
                    explanation(explanation);
                }
            }
        }

        private void explanation(Explanation explanation) throws IOException, NotEncodable {
            word(explanation.topic().name());
            text(explanation.subject());
            word(explanation.rule());
            word(explanation.templateFr());
            word(explanation.templateEn());
            word(explanation.ruleTitleFr());
            word(explanation.ruleTitleEn());
            values(explanation.arguments());
        }

        void values(List<?> values) throws IOException, NotEncodable {
            out.writeInt(values.size());
            for (Object value : values) {
                value(value);
            }
        }

        private void value(Object value) throws IOException, NotEncodable {
            if (value instanceof String text) {
                out.writeByte(STRING);
                text(text);
            } else if (value instanceof Integer number) {
                out.writeByte(INTEGER);
                out.writeInt(number);
            } else if (value instanceof Long number) {
                out.writeByte(LONG);
                out.writeLong(number);
            } else if (value instanceof Double number) {
                out.writeByte(DOUBLE);
                out.writeDouble(number);
            } else if (value instanceof Boolean yes) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(yes);
            } else if (value instanceof LocalDate date) {
                out.writeByte(DATE);
                out.writeLong(date.toEpochDay());
            } else if (value instanceof List<?> list) {
                out.writeByte(LIST);
                values(list);
            } else {
                throw new NotEncodable(value);
            }
        }
    }

    /** Reads what {@link Writer} wrote, in the same order. */
    private static final class Reader {
        private final DataInput in;
        private final Words words;
        private final List<Explanation> aboutActions = new ArrayList<>();

        Reader(DataInput in, Words words) {
            this.in = in;
            this.words = words;
        }

        String text() throws IOException {
            int length = in.readInt();
            if (length == NULL) {
                return null;
            }
            if (in instanceof RecordBytes.Input record) {
                return record.utf8(length);
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String word() throws IOException {
            int number = in.readInt();
            if (number == NULL) {
                return null;
            }
            return number == IN_FULL ? text() : words.word(number);
        }

        // Lists are built immutable: the records they go into copy any other kind (List.copyOf).
        List<String> words() throws IOException {
            String[] values = new String[in.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = word();
            }
            return List.of(values);
        }

        Integer integer() throws IOException {
            return in.readBoolean() ? in.readInt() : null;
        }

        Collectivite collectivite() throws IOException {
            String code = text();
            String name = text();
            String type = word();
            return new Collectivite(code, name, type == null ? null : CollectiviteType.valueOf(type), integer(),
                    word(), word());
        }

        Mention mention() throws IOException {
            return new Mention(word(), word(), word(), word(), integer());
        }

        Enjeu enjeu() throws IOException {
            return new Enjeu(word(), word(), word(), word());
        }

        List<Explanation> actionExplanations() throws IOException {
            Explanation[] explanations = new Explanation[in.readInt()];
            for (int i = 0; i < explanations.length; i++) {
                explanations[i] = explanation();
                aboutActions.add(explanations[i]);
            }
            return List.of(explanations);
        }

        List<Explanation> dossierExplanations() throws IOException {
            int count = in.readInt();
            List<Explanation> explanations = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int number = in.readInt();
                explanations.add(number == NULL ? explanation() : aboutActions.get(number));
            }
            return explanations;
        }

        private Explanation explanation() throws IOException {
            Topic topic = Topic.valueOf(word());
            String subject = text();
            String rule = word();
            String templateFr = word();
            String templateEn = word();
            String titleFr = word();
            String titleEn = word();
            return new Explanation(topic, subject, rule, templateFr, templateEn, values(), titleFr, titleEn);
        }

        List<Object> values() throws IOException {
            Object[] values = new Object[in.readInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value();
            }
            return List.of(values);
        }

        private Object value() throws IOException {
            byte tag = in.readByte();
            return switch (tag) {
                case STRING -> text();
                case INTEGER -> in.readInt();
                case LONG -> in.readLong();
                case DOUBLE -> in.readDouble();
                case BOOLEAN -> in.readBoolean();
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case LIST -> values();
                default -> throw new IOException("unknown value tag " + tag);
            };
        }
    }
}
