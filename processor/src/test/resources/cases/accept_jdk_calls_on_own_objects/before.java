import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

public class OwnObjects {
    @Parallel
    static void sizes(int[] out, List<String> words, Map<String, Integer> rank) {
        for (int i = 0; i < out.length; i++) {
            List<Integer> digits = new ArrayList<>();
            int v = i;
            do {
                digits.add(v % 10);
                v /= 10;
            } while (v > 0);
            StringBuilder b = new StringBuilder();
            b.append(i).append(':').append(digits.size());
            String w = words.get(i % words.size());
            out[i] = b.toString().length() + w.toUpperCase().length() + rank.getOrDefault(w, 0)
                    + Integer.toString(i, 16).length() + Math.abs(w.hashCode() % 3);
        }
    }

    @Parallel
    static double noise(int n, long seed) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(seed + i);
            sum += r.nextDouble();
        }
        return sum;
    }

    interface Lookup {
        int at(int i);
    }

    @Parallel(trust = "Lookup.at")
    static void table(int[] out, Lookup lookup) {
        for (int i = 0; i < out.length; i++) {
            out[i] = lookup.at(i);
        }
    }
}
