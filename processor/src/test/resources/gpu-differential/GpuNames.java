import io.jpar.Parallel;
import io.jpar.Target;

public class GpuNames {
    /** Java names that are OpenCL keywords or built-ins, and a method named like a variable, still translate. */
    static double half(double x) {
        return x / 2;
    }

    static int sign(int v) {
        int global = v > 0 ? 1 : v < 0 ? -1 : 0;
        return global;
    }

    @Parallel(target = Target.GPU)
    static long names(double[] kernel, int[] local, double[] half) {
        long max = 0;
        for (int i = 0; i < kernel.length; i++) {
            double uint = half(kernel[i]);
            int constant = sign(local[i]);
            half[i] = uint + constant;
            int j = 0;
            while (true) {
                j++;
                if (j % 2 == 0) {
                    continue;
                }
                if (j > 5) {
                    break;
                }
            }
            max = Math.max(max, j + constant);
        }
        return max;
    }

    public static Object result() {
        int n = 200;
        double[] kernel = new double[n];
        int[] local = new int[n];
        for (int i = 0; i < n; i++) {
            kernel[i] = i * 0.75;
            local[i] = i - 100;
        }
        double[] half = new double[n];
        long max = names(kernel, local, half);
        return new Object[] {max, half};
    }
}
