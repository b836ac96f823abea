import io.jpar.Parallel;

// a callee reading a field of the same name in another class reads another field: only the written one counts
class Names {
    static final class Grid {
        double d = 2;
        double scaled(double v) { return v * d; }
    }
    double[] d = new double[100];

    double peek(int k) { return d[k]; }

    @Parallel
    void ok(Grid g) {
        for (int i = 0; i < d.length; i++) {
            d[i] = g.scaled(i);
        }
    }

    @Parallel
    void racy() {
        for (int i = 0; i < d.length - 1; i++) {
            d[i] = peek(i + 1);
        }
    }
}
