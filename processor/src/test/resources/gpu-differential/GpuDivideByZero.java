import io.jpar.Parallel;
import io.jpar.Target;

public class GpuDivideByZero {
    /** One divisor is zero: Java throws ArithmeticException("/ by zero"), and so must the GPU loop. */
    @Parallel(target = Target.GPU)
    static void divide(int[] a, int[] d, int[] out) {
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] / d[i];
        }
    }

    public static Object result() {
        int[] a = new int[100];
        int[] d = new int[100];
        java.util.Arrays.fill(a, 10);
        java.util.Arrays.fill(d, 3);
        d[57] = 0;
        int[] out = new int[100];
        divide(a, d, out);
        return out;
    }
}
