package demo;

import io.jpar.Parallel;
import io.jpar.Target;

/** A cluster loop whose last iteration throws: it runs in the last rank's block, far from rank 0. */
public class Failing {

    @Parallel(target = Target.CLUSTER)
    static long checkAll(int n, int bad) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (i == bad) {
                throw new IllegalStateException("bad value at " + i);
            }
            sum += i;
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("sum = " + checkAll(300, 299));
    }
}
