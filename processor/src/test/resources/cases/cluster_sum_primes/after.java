import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Primes {
    @Parallel(target = Target.CLUSTER, schedule = Schedule.DYNAMIC)
    static long sumPrimes(int n) {
        long sum = 0;
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long sum = this.sum; for (int i = from$; i < to$; i++) {
            if (isPrime(i)) {
                sum += i;
            }
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Primes.java:9", "Primes.sumPrimes", io.jpar.Schedule.DYNAMIC, 0, 0, io.jpar.runtime.Relation.LT); long sum; JparLoop1(long sum) { this.sum = sum; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { sum += later.sum; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { sum = m$.reduce(sum); } } sum = io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 2, n, 1, new JparLoop1(sum)).sum;
        return sum;
    }

    static boolean isPrime(int k) {
        for (int d = 2; (long) d * d <= k; d++) {
            if (k % d == 0) {
                return false;
            }
        }
        return k > 1;
    }
} // rewritten by jpar from Primes.java; see jpar:explain
