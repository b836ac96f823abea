import io.jpar.Parallel;

public class Particles {
    static final class P {
        double x, v;

        P(double x, double v) {
            this.x = x;
            this.v = v;
        }

        static P at(double x) {
            return new P(x, 0);
        }

        P step(double dt) {
            x += v * dt;
            return this;
        }
    }

    // p and tmp are declared at the top, C style; each iteration creates its own
    @Parallel
    static double[] advance(double[] xs, double dt) {
        double[] out = new double[xs.length];
        P p;
        P[] tmp;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { P p = null; P[] tmp = null; for (int i = from$; i < to$; i++) {
            p = P.at(xs[i]);
            p.v = 2 * xs[i];
            tmp = new P[] {p.step(dt), new P(1, 1)};
            tmp[1].x += tmp[0].x;
            out[i] = tmp[1].x;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Particles.java:28", "Particles.advance", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, xs.length, 1, new JparLoop1());
        return out;
    }

    // rows of a 2-D array the iteration creates, one replaced by a new row
    @Parallel
    static double[] rows(int n) {
        double[] out = new double[n];
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            double[][] m = new double[2][2];
            m[1] = new double[] {i, i + 1};
            m[0][1] = m[1][0] + m[1][1];
            out[i] = m[0][1];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Particles.java:42", "Particles.rows", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, n, 1, new JparLoop2());
        return out;
    }
} // rewritten by jpar from Particles.java; see jpar:explain
