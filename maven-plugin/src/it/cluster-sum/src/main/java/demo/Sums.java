package demo;

import io.jpar.Parallel;
import io.jpar.Target;

/**
 * Every way data moves in a cluster call: {@code x} is scattered (read at the loop index only), {@code y} gathered
 * (written at it), {@code factor} broadcast, {@code total} and {@code count} reduced. The values are small
 * integers, so every sum is exact and the cluster result must equal the sequential one bit for bit.
 */
public class Sums {

    @Parallel(target = Target.CLUSTER)
    static double scaleAndSum(double[] x, double[] y, double factor) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double scaled = factor * x[i];
            y[i] = scaled;
            total += scaled;
        }
        return total;
    }

    @Parallel(target = Target.CLUSTER)
    static long countMultiples(int n, int of) {
        long count = 0;
        for (int i = 1; i <= n; i++) {
            if (i % of == 0) {
                count++;
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int n = 100_003; // not a multiple of 3: the blocks differ in size
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 1_000;
        }
        double[] y = new double[n];
        double total = scaleAndSum(x, y, 0.5);

        double expectedTotal = 0;
        for (int i = 0; i < n; i++) {
            if (y[i] != 0.5 * x[i]) {
                fail("y[" + i + "] = " + y[i] + ", expected " + 0.5 * x[i]);
            }
            expectedTotal += 0.5 * x[i];
        }
        if (total != expectedTotal) {
            fail("total = " + total + ", expected " + expectedTotal);
        }
        long count = countMultiples(1_000_000, 7);
        if (count != 1_000_000 / 7) {
            fail("count = " + count + ", expected " + 1_000_000 / 7);
        }
        System.out.println("cluster results equal the sequential ones: total " + total + ", count " + count);
    }

    private static void fail(String message) {
        System.out.println("WRONG: " + message);
        System.exit(1);
    }
}
