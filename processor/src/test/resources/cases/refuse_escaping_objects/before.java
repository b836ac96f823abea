import io.jpar.Parallel;

public class Escapes {
    static class Vec {
        double x;

        Vec copy() {
            return new Vec();
        }
    }

    static class Square extends Vec {
        static int copies;

        @Override
        Vec copy() {
            copies++;
            return new Vec();
        }
    }

    static void put(double[][] g, double[] row) {
        g[0] = row;
    }

    @Parallel
    static void reassigned(double[] shared, int n) {
        for (int i = 0; i < n; i++) {
            double[] c = new double[4];
            c = shared;
            c[i % 2] = i;
        }
    }

    @Parallel
    static void rowStored(double[] shared, int n) {
        for (int i = 0; i < n; i++) {
            double[][] g = new double[2][2];
            g[0] = shared;
            g[0][1] = i;
        }
    }

    @Parallel
    static void rowStoredByCall(double[] shared, int n) {
        for (int i = 0; i < n; i++) {
            double[][] g = new double[2][2];
            put(g, shared);
            g[0][1] = i;
        }
    }

    @Parallel
    static void sometimesShared(Vec shared, int n) {
        for (int i = 0; i < n; i++) {
            Vec v = i % 2 == 0 ? new Vec() : shared;
            v.x = i;
        }
    }

    @Parallel
    static void elementShared(Vec shared, int n) {
        for (int i = 0; i < n; i++) {
            Vec[] vs = new Vec[2];
            vs[1] = shared;
            vs[i % 2].x = i;
        }
    }

    // v may be shared: copy() is not final, and an override could return anything
    @Parallel
    static void overridable(Vec shared, int n) {
        for (int i = 0; i < n; i++) {
            Vec v = shared.copy();
            v.x = i;
        }
    }

    // a Square in s runs Square.copy(), which counts in a static field
    @Parallel
    static void overridden(Vec[] s) {
        for (int i = 0; i < s.length; i++) {
            s[i].copy();
        }
    }
}
