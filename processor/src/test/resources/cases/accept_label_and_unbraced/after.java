import io.jpar.Parallel;

public class Shapes {
    @Parallel
    static void twice(int[] a, boolean go) {
        if (go)
            { final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) a[i] *= 2; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Shapes.java:7", "Shapes.twice", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1()); }
    }

    @Parallel
    static void labelled(int[][] a) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception {
        rows: for (int i = from$; i < to$; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] < 0) {
                    continue;
                }
                a[i][j] = 1;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Shapes.java:13", "Shapes.labelled", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, a.length, 1, new JparLoop2(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }
} // rewritten by jpar from Shapes.java; see jpar:explain
