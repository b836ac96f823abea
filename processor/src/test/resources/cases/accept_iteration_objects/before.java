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
        for (int i = 0; i < xs.length; i++) {
            p = P.at(xs[i]);
            p.v = 2 * xs[i];
            tmp = new P[] {p.step(dt), new P(1, 1)};
            tmp[1].x += tmp[0].x;
            out[i] = tmp[1].x;
        }
        return out;
    }

    // rows of a 2-D array the iteration creates, one replaced by a new row
    @Parallel
    static double[] rows(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double[][] m = new double[2][2];
            m[1] = new double[] {i, i + 1};
            m[0][1] = m[1][0] + m[1][1];
            out[i] = m[0][1];
        }
        return out;
    }
}
