import io.jpar.Parallel;

public class Offsets {
    @Parallel
    static void shift(double[] a, double[] b, int c) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i + 1] = b[i] * 2;
            a[1 + i] += b[i + c];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Offsets.java:6", "Offsets.shift", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {"b"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, b.length - 1, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {b});
    }

    @Parallel
    static void mirror(int[] a, int[] b) {
        int last = a.length - 1;
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i <= to$; i++) {
            a[last - i] = b[i];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Offsets.java:15", "Offsets.mirror", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LE).arrays(new String[] {"a"}, new String[] {"b"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, last, 1, new JparLoop2(), new java.lang.Object[] {a}, new java.lang.Object[] {b});
    }

    @Parallel
    static void fixedRow(double[][] m, int r) {
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int j = from$; j < to$; j++) {
            m[r][j] = m[r][j] * 2;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Offsets.java:22", "Offsets.fixedRow", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, m[r].length, 1, new JparLoop3());
    }
} // rewritten by jpar from Offsets.java; see jpar:explain
