import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

public class OwnObjects {
    @Parallel
    static void sizes(int[] out, List<String> words, Map<String, Integer> rank) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
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
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("OwnObjects.java:11", "OwnObjects.sizes", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, out.length, 1, new JparLoop1());
    }

    @Parallel
    static double noise(int n, long seed) {
        double sum = 0;
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { double sum = this.sum; for (int i = from$; i < to$; i++) {
            SplittableRandom r = new SplittableRandom(seed + i);
            sum += r.nextDouble();
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("OwnObjects.java:29", "OwnObjects.noise", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double sum; JparLoop2(double sum) { this.sum = sum; } protected JparLoop2 fresh() { return new JparLoop2(-0.0); } protected void merge(JparLoop2 later) { sum += later.sum; } } sum = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, n, 1, new JparLoop2(sum)).sum;
        return sum;
    }

    interface Lookup {
        int at(int i);
    }

    @Parallel(trust = "Lookup.at")
    static void table(int[] out, Lookup lookup) {
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            out[i] = lookup.at(i);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("OwnObjects.java:42", "OwnObjects.table", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, out.length, 1, new JparLoop3());
    }
} // rewritten by jpar from OwnObjects.java; see jpar:explain
