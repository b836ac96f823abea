import io.jpar.Parallel;
import io.jpar.Schedule;

public class InnerDown {
    // found by jpar-fuzz: an inner index running down from m - 1 to 0 covers [0, m) as well as one running up
    @Parallel(schedule = Schedule.STATIC, chunk = 25, collapse = 2)
    static void collapsed(int n, int m, double[] flat) {
        final class JparLoop1 extends io.jpar.runtime.cpu.Int2Chunk<JparLoop1> { protected void run(int i, int from$, int to$) throws Exception {
            for (int j = from$; j >= to$; j--) {
                flat[i * m + j] = 0;
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("InnerDown.java:8", "InnerDown.collapsed", io.jpar.Schedule.STATIC, 25, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.GE); } io.jpar.runtime.cpu.CpuLoops.forInt2(JparLoop1.SITE, 6, n + 4, 1, m - 1, 0, -1, new JparLoop1());
    }

    @Parallel
    static void nested(int n, int m, int[] flat) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            for (int j = m - 1; j > -1; j--) {
                flat[j + i * m] = i - j;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("InnerDown.java:17", "InnerDown.nested", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, n, 1, new JparLoop2());
    }

    @Parallel
    static void productFirst(int n, int m, long[] flat) {
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            for (int j = 0; j < m; j++) {
                flat[m * i + j] += j;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("InnerDown.java:26", "InnerDown.productFirst", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, n, 1, new JparLoop3());
        // from m down to 0 is m + 1 values: row i's last element is row i + 1's first, so this loop stays sequential
        for (int i = 0; i < n; i++) {
            for (int j = m; j >= 0; j--) {
                flat[m * i + j] = i;
            }
        }
    }

    // every other element of each row: j stays within 0 .. m-1, so rows still do not overlap
    @Parallel
    static void everyOther(int n, int m, int[] flat) {
        final class JparLoop4 extends io.jpar.runtime.cpu.IntChunk<JparLoop4> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            for (int j = 1; j < m; j += 2) {
                flat[i * m + j] = i;
            }
            for (int j = m - 1; j >= 1; j -= 2) {
                flat[i * m + j] += j;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("InnerDown.java:42", "InnerDown.everyOther", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop4.SITE, 0, n, 1, new JparLoop4());
    }
} // rewritten by jpar from InnerDown.java; see jpar:explain
