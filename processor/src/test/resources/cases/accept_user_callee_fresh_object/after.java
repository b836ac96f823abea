import io.jpar.Parallel;

public class Callee {
    static final class Acc {
        int n;

        void add(int k) {
            n += k;
        }
    }

    @Parallel
    static void each(int[] out) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            Acc acc = new Acc();
            acc.add(i);
            acc.add(twice(i));
            out[i] = acc.n;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Callee.java:14", "Callee.each", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, out.length, 1, new JparLoop1());
    }

    static int twice(int k) {
        return k <= 0 ? 0 : 2 + twice(k - 1);
    }

    @Parallel
    static void scratch(int[] out) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            int[] tmp = new int[4];
            fill(tmp, i);
            out[i] = tmp[3];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Callee.java:28", "Callee.scratch", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, out.length, 1, new JparLoop2());
    }

    static void fill(int[] buf, int v) {
        for (int k = 0; k < buf.length; k++) {
            buf[k] = v + k;
        }
    }
} // rewritten by jpar from Callee.java; see jpar:explain
