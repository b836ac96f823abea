import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

public class JdkCallsOnOwnObjects {
    interface Lookup {
        int at(int i);
    }

    @Parallel
    static int[] sizes(int n, List<String> words, Map<String, Integer> rank) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> digits = new ArrayList<>();
            int v = i;
            do {
                digits.add(v % 10);
                v /= 10;
            } while (v > 0);
            StringBuilder b = new StringBuilder();
            b.append(i).append(':').append(digits.size());
            String w = words.get(i % words.size());
            int[] scratch = new int[4];
            Arrays.fill(scratch, i);
            System.arraycopy(scratch, 0, scratch, 1, 3);
            out[i] = b.toString().length() + w.toUpperCase().length() + rank.getOrDefault(w, 0)
                    + Integer.toString(i, 16).length() + Math.abs(w.hashCode() % 3) + scratch[3] % 7 + digits.get(0);
        }
        return out;
    }

    @Parallel
    static long noise(int n, long seed) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(seed + i);
            sum += r.nextInt(1000);
        }
        return sum;
    }

    @Parallel(trust = "Lookup.at")
    static long table(int n, Lookup lookup) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += lookup.at(i);
        }
        return sum;
    }

    public static Object result() {
        List<String> words = List.of("alpha", "beta", "gamma", "delta");
        Map<String, Integer> rank = new HashMap<>();
        rank.put("beta", 2);
        rank.put("delta", 4);
        int[] squares = new int[1000];
        for (int i = 0; i < squares.length; i++) {
            squares[i] = i * i;
        }
        return new Object[] {sizes(50_000, words, rank), noise(200_000, 11), table(1000, i -> squares[i])};
    }
}
