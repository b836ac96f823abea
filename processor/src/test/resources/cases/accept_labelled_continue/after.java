import io.jpar.Parallel;
import io.jpar.Schedule;

public class Continues {
    // found by jpar-fuzz: continue to the parallel loop itself only ends the iteration, like continue
    @Parallel(schedule = Schedule.GUIDED, chunk = 5)
    static void own(int n) {
        int st = 2;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { outer: for (int i = from$; i <= to$; i += st) {
                    continue outer;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Continues.java:9", "Continues.own", io.jpar.Schedule.GUIDED, 5, 0, io.jpar.runtime.Relation.LE); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 7, n + 4 - 1, st, new JparLoop1());
    }

    @Parallel
    static void skipRows(int[][] a) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception {
        rows: for (int i = from$; i < to$; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] < 0) {
                    continue rows;
                }
                a[i][j] = 1;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Continues.java:17", "Continues.skipRows", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, a.length, 1, new JparLoop2(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }

    // under collapse the chunk runs the inner loop: continue cols is the iteration's own
    @Parallel(collapse = 2)
    static void skipCells(int[][] a, int m) {
        final class JparLoop3 extends io.jpar.runtime.cpu.Int2Chunk<JparLoop3> { protected void run(int i, int from$, int to$) throws Exception {
            cols: for (int j = from$; j < to$; j++) {
                for (int k = 0; k < 3; k++) {
                    if (a[i][j] == k) {
                        continue cols;
                    }
                }
                a[i][j] = -1;
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Continues.java:30", "Continues.skipCells", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt2(JparLoop3.SITE, 0, a.length, 1, 0, m, 1, new JparLoop3(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }
} // rewritten by jpar from Continues.java; see jpar:explain
