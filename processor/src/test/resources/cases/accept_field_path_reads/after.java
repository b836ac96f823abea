import io.jpar.Parallel;

public class FieldPaths {
    int[] y = new int[100];

    // o.y may be a: it goes into the run-time overlap check
    @Parallel
    static void otherObject(FieldPaths o, int[] a) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i] = o.y[i + 1];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FieldPaths.java:9", "FieldPaths.otherObject", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {"o.y"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, 99, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {o.y});
    }

    // the local y hides the field: the check names the field this.y
    @Parallel
    void shadowed(int[] b) {
        int[] y = new int[100];
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            FieldPaths.this.y[i] = b[i + 1] + y[i];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FieldPaths.java:18", "FieldPaths.shadowed", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"this.y"}, new String[] {"b"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, 99, 1, new JparLoop2(), new java.lang.Object[] {this.y}, new java.lang.Object[] {b});
    }
} // rewritten by jpar from FieldPaths.java; see jpar:explain
