import io.jpar.Parallel;
import io.jpar.Target;

public class GpuMath {
    /** OpenCL's ulp limits for double (sin/cos 4, pow 16, ...): relative differences far below this. */
    static final double TOLERANCE = 1e-12;

    @Parallel(target = Target.GPU)
    static void apply(double[] x, double[] y, double[] out, float[] f, long[] rounded) {
        for (int i = 0; i < x.length; i++) {
            double a = Math.abs(x[i]);
            double s = Math.sqrt(a) + Math.sin(x[i]) + Math.cos(x[i]) + Math.tan(x[i] / 4);
            s += Math.exp(x[i] / 8) + Math.log(a + 1) + Math.pow(a, 1.5) + Math.atan2(x[i], y[i]);
            s += Math.hypot(x[i], y[i]) + Math.floor(x[i]) + Math.ceil(x[i]) + Math.cbrt(x[i]);
            s += Math.max(x[i], y[i]) - Math.min(x[i], y[i]) + Math.signum(y[i]) + Math.toRadians(x[i]);
            s += StrictMath.log10(a + 2) + Math.abs(i - 5) + Math.max(i, 3) + Math.PI;
            out[i] = s;
            f[i] = Math.abs(f[i]) + Math.max(f[i], 0.5f);
            rounded[i] = Math.round(x[i]) + Math.round(f[i]);
        }
    }

    public static Object result() {
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i - 200) * 0.173 + (i % 4 == 0 ? 0.5 : 0);
            y[i] = i % 7 == 0 ? -0.0 : (i % 13 - 6) * 0.71;
            f[i] = (i - 100) * 0.25f;
        }
        double[] out = new double[n];
        long[] rounded = new long[n];
        apply(x, y, out, f, rounded);
        double[] all = new double[3 * n];
        for (int i = 0; i < n; i++) {
            all[i] = out[i];
            all[n + i] = f[i];
            all[2 * n + i] = rounded[i];
        }
        return all;
    }
}
