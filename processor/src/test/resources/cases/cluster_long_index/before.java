import io.jpar.Parallel;
import io.jpar.Target;

public class LongIndex {
    @Parallel(target = Target.CLUSTER)
    static double weightedSum(long n, double[] weights) {
        double sum = 0;
        for (long i = 0; i < n; i += 2) {
            sum += weights[(int) (i % weights.length)] * i;
        }
        return sum;
    }
}
