import io.jpar.Parallel;

public class Steps {
    @Parallel
    static void evens(int[] a) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i += 2) {
            a[i] = 1;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Steps.java:6", "Steps.evens", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 2, new JparLoop1());
    }

    @Parallel
    static void thirds(int[] a) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i > to$; i -= 3) {
            a[i] = 2;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Steps.java:13", "Steps.thirds", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.GT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, a.length - 1, 0, -3, new JparLoop2());
    }

    @Parallel
    static void assignedStep(int[] a, int k) {
        final int step = k + 1;
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i = i + step) {
            a[i] = 3;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Steps.java:21", "Steps.assignedStep", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, a.length, step, new JparLoop3());
    }

    @Parallel
    static void preDecrement(int[] a) {
        final class JparLoop4 extends io.jpar.runtime.cpu.IntChunk<JparLoop4> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i >= to$; --i) {
            a[i] = 4;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Steps.java:28", "Steps.preDecrement", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.GE); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop4.SITE, a.length - 1, 0, -1, new JparLoop4());
    }

    @Parallel
    static void stepOnLeft(long[] a, int k) {
        final class JparLoop5 extends io.jpar.runtime.cpu.IntChunk<JparLoop5> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i = k + i) {
            a[i] = 5;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Steps.java:35", "Steps.stepOnLeft", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop5.SITE, 0, a.length, k, new JparLoop5());
    }
} // rewritten by jpar from Steps.java; see jpar:explain
