import io.jpar.Parallel;

// an array field an object is built with (private or final, only ever assigned new arrays) is the object's own:
// its constructor, its methods and the loop may write it when the object is the iteration's; otherwise refused
class Own2 {
    static final class Own {
        double v;
        private int[] buf = new int[4];
        final double[] w;
        int[] open = new int[2];
        Own(double v) { this.v = v; buf[0] = 1; w = new double[2]; w[1] = v; }
        void bump() { buf[1]++; this.w[0] += 1; }
    }
    static final class Leaky {
        private int[] buf;
        Leaky(int[] shared) { buf = shared; buf[0] = 1; }
    }

    @Parallel
    static double[] f(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) { Own o = new Own(i); o.bump(); o.w[1] += 2; out[i] = o.v + o.w[0] + o.w[1]; }
        return out;
    }

    @Parallel
    static double[] g(int n, int[] shared) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) { Leaky l = new Leaky(shared); out[i] = i; }
        return out;
    }

    @Parallel
    static double[] h(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) { Own o = new Own(i); o.open[0] = 3; out[i] = o.open[0]; }
        return out;
    }
}
