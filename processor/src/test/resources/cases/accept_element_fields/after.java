import io.jpar.Parallel;

class Bodies {
    static final class Body {
        double x;
        double v;
        final double mass;

        Body(double mass) {
            this.mass = mass;
        }
    }

    @Parallel
    static void step(Body[] b, double dt) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            Body q = b[i];
            q.v += dt / q.mass;
            b[i].x += dt * b[i].v;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Bodies.java:16", "Bodies.step", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"b"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, b.length, 1, new JparLoop1(), new java.lang.Object[] {io.jpar.runtime.ArrayOverlap.elements(b)}, new java.lang.Object[] {});
    }

    @Parallel
    static double[] filled(int n) {
        Body[] own = new Body[n];
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int k = from$; k < to$; k++) {
            own[k] = new Body(k + 1);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Bodies.java:26", "Bodies.filled", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, n, 1, new JparLoop2());
        double[] out = new double[n];
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            own[i].x = i * 0.5;
            out[i] = own[i].x * own[i].mass;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Bodies.java:30", "Bodies.filled", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, n, 1, new JparLoop3());
        return out;
    }
} // rewritten by jpar from Bodies.java; see jpar:explain
