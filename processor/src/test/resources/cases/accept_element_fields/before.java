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
        for (int i = 0; i < b.length; i++) {
            Body q = b[i];
            q.v += dt / q.mass;
            b[i].x += dt * b[i].v;
        }
    }

    @Parallel
    static double[] filled(int n) {
        Body[] own = new Body[n];
        for (int k = 0; k < n; k++) {
            own[k] = new Body(k + 1);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            own[i].x = i * 0.5;
            out[i] = own[i].x * own[i].mass;
        }
        return out;
    }
}
