import io.jpar.Parallel;
import io.jpar.Target;

public class GpuIndexOutOfBounds {
    /** The loop runs one past the end of b: Java throws with Java's message, and so must the GPU loop. */
    @Parallel(target = Target.GPU)
    static void copy(int[] a, int[] b, int n) {
        for (int i = 0; i < n; i++) {
            b[i] = a[i % a.length] + 1;
        }
    }

    public static Object result() {
        int[] a = new int[64];
        int[] b = new int[50];
        copy(a, b, 51);
        return b;
    }
}
