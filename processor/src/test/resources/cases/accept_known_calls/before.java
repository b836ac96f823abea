import io.jpar.Parallel;

import java.util.SplittableRandom;

public class Known {
    @Parallel
    static double pi(int n) {
        long inside = 0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(i);
            double x = r.nextDouble();
            double y = new SplittableRandom(-i).nextDouble();
            if (Math.sqrt(x * x + y * y) <= 1.0) {
                inside++;
            }
            if (i == -1) {
                System.out.println(Thread.currentThread().getName() + String.valueOf(i).length());
            }
        }
        return 4.0 * inside / n;
    }
}
