import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loops whose trip count jpar cannot compute at run time (a step that goes away from the limit, an index that
 * wraps around its type) run as the sequential loop: the same writes, then the same exception. The big fill
 * with a step of 1 runs in parallel.
 */
public class GpuUncountedLoops {
    @Parallel(target = io.jpar.Target.GPU)
    static void fill(int[] a, int st) {
        for (int i = 0; i < a.length; i += st) {
            a[i] = 1;
        }
    }

    @Parallel(target = io.jpar.Target.GPU)
    static long sumDown(long n, long st) {
        long s = 0;
        for (long i = n; i >= 0; i -= st) {
            s += 100 / (i - 7);
        }
        return s;
    }

    /** {@code i <= Integer.MAX_VALUE} never fails: i wraps to MIN_VALUE and the offset keeps counting up. */
    @Parallel(target = io.jpar.Target.GPU)
    static void wrap(int[] a) {
        for (int i = Integer.MAX_VALUE - 3; i <= Integer.MAX_VALUE; i++) {
            a[i - (Integer.MAX_VALUE - 3)] = i;
        }
    }

    @Parallel(target = io.jpar.Target.GPU, collapse = 2)
    static void grid(int[][] g, int st) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j += st) {
                g[i][j] = i + j;
            }
        }
    }

    @Parallel(target = io.jpar.Target.GPU, collapse = 2)
    static void gridRows(int[][] g, int st) {
        for (int i = g.length - 1; i > -5; i += st) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = i * j + 1;
            }
        }
    }

    private static String outcome(Runnable loop, Object written) {
        String thrown = "none";
        try {
            loop.run();
        } catch (RuntimeException e) {
            StackTraceElement top = e.getStackTrace()[0];
            thrown = e + " at " + top.getFileName() + ":" + top.getLineNumber();
        }
        return thrown + " after " + Arrays.deepToString(new Object[] {written});
    }

    public static Object result() {
        List<String> out = new ArrayList<>();
        int[] big = new int[200_000];
        fill(big, 1);
        out.add("big: " + Arrays.stream(big).sum());
        for (int st : new int[] {-1, -3}) {
            int[] a = new int[10];
            out.add("fill " + st + ": " + outcome(() -> fill(a, st), a));
        }
        long[] s = new long[2];
        out.add("sumDown: " + outcome(() -> s[0] = sumDown(20, 3), s));      // 20, 17, .., 2: counted
        out.add("sumDown: " + outcome(() -> s[1] = sumDown(1, -2), s));      // 1, 3, 5, then 100 / 0
        int[] w = new int[9];
        out.add("wrap: " + outcome(() -> wrap(w), w));
        int[][] g = new int[3][5];
        out.add("grid: " + outcome(() -> grid(g, -1), g));
        int[][] h = new int[4][3];
        out.add("gridRows: " + outcome(() -> gridRows(h, 1), h));
        return out;
    }
}
