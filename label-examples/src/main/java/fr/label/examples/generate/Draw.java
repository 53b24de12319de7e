package fr.label.examples.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Small helpers over {@link Random}, so that every draw of the generator is seeded. */
final class Draw {

    private Draw() {
    }

    /** A random source for one purpose and one subject, independent of every other draw. */
    static Random seeded(long seed, String... subject) {
        long h = seed;
        for (String part : subject) {
            h = h * 1_000_003L + part.hashCode();
        }
        return new Random(h);
    }

    /** An integer from {@code low} to {@code high}, both included. */
    static int between(Random random, int low, int high) {
        if (high <= low) {
            return low;
        }
        return low + random.nextInt(high - low + 1);
    }

    /** An integer from {@code low} to {@code high}, more often near the middle of the range. */
    static int around(Random random, int low, int high) {
        if (high <= low) {
            return low;
        }
        double x = (random.nextDouble() + random.nextDouble()) / 2;
        return low + (int) Math.floor(x * (high - low + 1));
    }

    static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }

    /** The index of an item drawn with the given weights. */
    static int weighted(Random random, List<Double> weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.size(); i++) {
            x -= weights.get(i);
            if (x < 0) {
                return i;
            }
        }
        return weights.size() - 1;
    }

    /** The index drawn with the given weights. */
    static int weighted(Random random, double... weights) {
        List<Double> list = new ArrayList<>();
        for (double w : weights) {
            list.add(w);
        }
        return weighted(random, list);
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static <T> List<T> shuffled(Random random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
