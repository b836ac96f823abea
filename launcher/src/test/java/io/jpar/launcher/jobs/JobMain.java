package io.jpar.launcher.jobs;

import io.jpar.Schedule;
import io.jpar.runtime.Jpar;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.cluster.ClusterLoops;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The user program of the job tests: runs cluster loops on hand-written chunks, compares each result with the
 * sequential loop computed here, prints {@code ok <what>} or fails (exit 1 through RankMain).
 */
public final class JobMain {

    static final LoopSite SUM = site("Sum", Relation.LT);
    static final LoopSite AXPY = site("Axpy", Relation.LT);
    static final LoopSite STRIDED = site("Strided", Relation.LT);
    static final LoopSite HISTOGRAM = site("Histogram", Relation.LT);
    static final LoopSite MATMUL = site("MatMul", Relation.LT);
    static final LoopSite MATMUL2 = site("MatMul2", Relation.LT, Relation.LT);
    static final LoopSite DOWN = site("Down", Relation.GE);
    static final LoopSite THROWS = site("Throws", Relation.LT);
    static final LoopSite EXITS = site("Exits", Relation.LT);
    static final LoopSite TINY = site("Tiny", Relation.LT);
    static final LoopSite NESTED = site("Nested", Relation.LT);
    static final LoopSite REVERSE = site("Reverse", Relation.LT);
    static final LoopSite SPIN = site("Spin", Relation.LT);
    static final LoopSite RANKED = new LoopSite("JobMain.java:Ranked", "JobMain.ranked", Schedule.STATIC, 0, 1,
            Relation.LT);
    static final LoopSite ECHO = new LoopSite("JobMain.java:Echo", "JobMain.echo", Schedule.STATIC, 0, 1, Relation.LT);

    private JobMain() {
    }

    private static LoopSite site(String name, Relation... relations) {
        return new LoopSite("JobMain.java:" + name, "JobMain." + name, Schedule.STATIC, 0, 2, relations);
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "results" -> results(Integer.parseInt(args[1]));
            case "big" -> big();
            case "throws" -> throwsInBlock(args.length > 1 ? Integer.parseInt(args[1]) : -1);
            case "main-throws" -> {
                sum(1000);
                throw new UnsupportedOperationException("thrown by the user's main");
            }
            case "exit3" -> {
                sum(1000);
                System.exit(3);
            }
            case "worker-exit3" -> ClusterLoops.forInt(EXITS, 0, 100, 1, new TestChunks.Exits(99));
            case "sleep" -> Thread.sleep(600_000);
            case "echo" -> ClusterLoops.forInt(ECHO, 0, 3, 1, new TestChunks.Echo());
            case "perf" -> perf(Integer.parseInt(args[1]));
            case "dealt" -> dealt(Integer.parseInt(args[1]));
            case "mpj-operations" -> ClusterLoops.forInt(ALLREDUCE, 0, mpi.MPI.COMM_WORLD.Size(), 1,
                    new TestChunks.MpjOperations(Integer.parseInt(args[1])));
            case "spin" -> {
                int size = mpi.MPI.COMM_WORLD.Size();
                long spun = ClusterLoops.forInt(SPIN, 0, 2 * size, 1, new TestChunks.Spin(Long.parseLong(args[1]))).spun;
                check(spun >= size, "spun on every rank");
            }
            case "ready-sleep" -> {
                sum(1000);
                Thread.sleep(600_000);
            }
            case "rank-throws" -> ClusterLoops.forInt(RANKED, 0, mpi.MPI.COMM_WORLD.Size(), 1,
                    new TestChunks.ThrowsOnRank(Integer.parseInt(args[1]), false));
            case "rank-oom" -> ClusterLoops.forInt(RANKED, 0, mpi.MPI.COMM_WORLD.Size(), 1,
                    new TestChunks.ThrowsOnRank(Integer.parseInt(args[1]), true));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void check(boolean same, String what) {
        if (!same) {
            throw new AssertionError("cluster result differs from the sequential one: " + what);
        }
        System.out.println("ok " + what);
    }

    static void sum(int n) {
        long expected = 5;
        for (int i = 0; i < n; i++) {
            expected += (long) i * i % 1000;
        }
        long got = ClusterLoops.forInt(SUM, 0, n, 1, new TestChunks.Sum(5, 1000)).sum;
        check(got == expected, "sum " + got);
    }

    static void results(int n) {
        sum(n);
        Random random = new Random(42);
        double[] a = random.doubles(n).toArray();
        double[] b = random.doubles(97).toArray();
        double[] c = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = a[i] * 2.5 + b[(7 * i) % b.length];
        }
        ClusterLoops.forInt(AXPY, 0, n, 1, new TestChunks.Axpy(a, b, c, 2.5));
        check(Arrays.equals(c, expected), "scatter/broadcast/gather of double[]");

        long[] x = random.longs(n, 0, 1000).toArray();
        long[] xExpected = x.clone();
        for (int i = 1; i < n; i += 3) {
            xExpected[i] = xExpected[i] * 2 + 1;
        }
        ClusterLoops.forInt(STRIDED, 1, n, 3, new TestChunks.Strided(x));
        check(Arrays.equals(x, xExpected), "strided scatter then gather of long[]");

        int[] v = random.ints(n, 0, 1_000_000).toArray();
        int[] h = new int[10];
        h[3] = 7;
        int[] hExpected = h.clone();
        double total = 1.5;
        int max = 0;
        for (int i = 0; i < n; i++) {
            hExpected[v[i] % 10]++;
            max = Math.max(max, v[i]);
            total += v[i];
        }
        TestChunks.Histogram histogram = ClusterLoops.forInt(HISTOGRAM, 0, n, 1,
                new TestChunks.Histogram(h, v, 1.5, 0));
        check(Arrays.equals(h, hExpected) && histogram.h == h && histogram.max == max
                && histogram.total == total, "array reduction, double sum, max");

        int rows = 37;
        double[][] ma = matrix(random, rows, 23);
        double[][] mb = matrix(random, 23, 19);
        double[][] mc = new double[rows][19];
        double[][] mc2 = new double[rows][19];
        double[][] me = new double[rows][19];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 19; j++) {
                double s = 0;
                for (int k = 0; k < 23; k++) {
                    s += ma[i][k] * mb[k][j];
                }
                me[i][j] = s;
            }
        }
        ClusterLoops.forInt(MATMUL, 0, rows, 1, new TestChunks.MatMul(ma, mb, mc));
        check(Arrays.deepEquals(mc, me), "rows: scatter a, broadcast b, gather c");
        ClusterLoops.forInt2(MATMUL2, 0, rows, 1, 0, 19, 1, new TestChunks.MatMul2(ma, mb, mc2));
        check(Arrays.deepEquals(mc2, me), "collapse = 2 over rows");

        List<Long> salts = List.of(3L, 5L, 7L, 11L);
        long down = 9;
        for (long i = 3L * n + 7; i >= 5; i -= 2) {
            down ^= i * 31 + salts.get((int) (i % salts.size()));
        }
        long got = ClusterLoops.forLong(DOWN, 3L * n + 7, 5, -2, new TestChunks.Down(9, salts)).sum;
        check(got == down, "downward long loop with an object");

        int[] forward = random.ints(n, -1000, 1000).toArray();
        int[] reversed = new int[n];
        int[] reversedExpected = new int[n];
        for (int i = 0; i < n; i++) {
            reversedExpected[n - 1 - i] = forward[i] * 2;
        }
        ClusterLoops.forInt(REVERSE, 0, n, 1, new TestChunks.Reverse(n, forward, reversed));
        check(Arrays.equals(reversed, reversedExpected), "gather at -i + (n - 1)");

        long nested = 0;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < i % 50; j++) {
                nested += (long) j * j % 1000;
            }
        }
        check(ClusterLoops.forInt(NESTED, 0, 300, 1, new TestChunks.Nested(0)).sum == nested,
                "cluster loops inside a cluster body run on the rank's CPU");
        long inSequential = Jpar.sequential(() -> ClusterLoops.forInt(SUM, 0, n, 1, new TestChunks.Sum(5, 1000)).sum);
        long expectedSum = 5;
        for (int i = 0; i < n; i++) {
            expectedSum += (long) i * i % 1000;
        }
        check(inSequential == expectedSum, "a cluster loop inside Jpar.sequential runs sequentially");
    }

    private static double[][] matrix(Random random, int rows, int cols) {
        double[][] m = new double[rows][];
        for (int i = 0; i < rows; i++) {
            m[i] = random.doubles(cols).toArray();
        }
        return m;
    }

    /** Arrays of a few MiB: far more than one MPJ message (the protocol switch limit is 128 KiB). */
    static void big() {
        int n = 1 << 20;                    // 8 MiB per double[]
        Random random = new Random(7);
        double[] a = random.doubles(n).toArray();
        double[] b = random.doubles(300_000).toArray();
        double[] c = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            expected[i] = a[i] * -1.25 + b[(7 * i) % b.length];
        }
        ClusterLoops.forInt(AXPY, 0, n, 1, new TestChunks.Axpy(a, b, c, -1.25));
        check(Arrays.equals(c, expected), "arrays of 8 MiB");
    }

    /** The earliest failing block's exception, with its type; the blocks before it still wrote their part. */
    static void throwsInBlock(int bad) {
        int n = 3000;
        int at = bad >= 0 ? bad : n - 5;
        int[] c = new int[n];
        try {
            ClusterLoops.forInt(THROWS, 0, n, 1, new TestChunks.Throws(at, c));
            throw new AssertionError("no exception");
        } catch (IllegalStateException e) {
            check(e.getMessage().equals("bad index " + at), "exception of a block rethrown with its type: " + e);
            check(c[0] == 0 && c[1] == 1, "blocks before the failed one kept their results");
        }
        try {
            ClusterLoops.forInt(THROWS, 0, 1000, 1, new TestChunks.Unbuildable(new double[1000], new double[1000], 0));
            throw new AssertionError("no exception");
        } catch (IllegalStateException e) {
            check(e.getMessage().contains("the constructor of the cluster chunk class")
                    && e.getCause() instanceof UnsupportedOperationException, "a chunk that other ranks cannot build: " + e);
        }
        sum(2000);      // the protocol is still in step
    }

    static final LoopSite PRIMES = site("Primes", Relation.LT);
    static final LoopSite ROWSUM = site("RowSum", Relation.LT, Relation.LT);
    static final LoopSite THROWS_DEALT = site("ThrowsDealt", Relation.LT);
    static final LoopSite CENSUS = site("Census", Relation.LT);

    /**
     * Loops that move no array by block, whose cost grows with the index: the runtime deals several blocks to each
     * rank. Results equal the sequential ones; the iterations are spread over the ranks; the earliest failing
     * iteration's exception wins even when a lower rank failed too, and every iteration before it ran.
     */
    static void dealt(int n) {
        int ranks = mpi.MPI.COMM_WORLD.Size();
        long sum = 17;
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (TestChunks.Primes.isPrime(i)) {
                sum += i;
                count++;
            }
        }
        int[] ranOn = new int[n];
        TestChunks.Primes primes = ClusterLoops.forInt(PRIMES, 0, n, 1, new TestChunks.Primes(17, 0, ranOn));
        check(primes.sum == sum && primes.count == count && primes.ranOn == ranOn,
                "dealt sum of primes " + primes.sum + ", count " + primes.count);
        boolean once = true;
        int[] lastThird = new int[ranks];
        int[] firstThird = new int[ranks];
        for (int i = 0; i < n && once; i++) {
            int rank = Integer.numberOfTrailingZeros(ranOn[i]) / 8;
            once = rank < ranks && ranOn[i] == 1 << 8 * rank;         // one rank, one time
            if (once && i < n / 3) {
                firstThird[rank]++;
            } else if (once && i >= n - n / 3) {
                lastThird[rank]++;
            }
        }
        check(once, "every iteration ran once");
        boolean spread = true;
        for (int r = 0; r < ranks; r++) {
            spread &= firstThird[r] > 0 && lastThird[r] > 0;
        }
        check(spread, "every rank ran iterations of the first and of the last third: first "
                + Arrays.toString(firstThird) + ", last " + Arrays.toString(lastThird));

        int rows = 200;
        int cols = 50;
        long rowSum = 3;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                for (int k = 0; k < i; k++) {
                    rowSum += (i * 31L + j + k) % 1000;
                }
            }
        }
        long got = ClusterLoops.forInt2(ROWSUM, 0, rows, 1, 0, cols, 1, new TestChunks.RowSum(3)).sum;
        check(got == rowSum, "dealt collapse = 2 sum " + got);

        // np = 3, n = 2400: 24 blocks of 100, block b on rank b % 3. The failures: 250 (block 2, rank 2, the
        // earliest), 310 (block 3, rank 0) and 1990 (block 19, rank 1)
        int[] bad = {250, 310, 1990};
        try {
            ClusterLoops.forInt(THROWS_DEALT, 0, 2400, 1, new TestChunks.ThrowsDealt(bad, 2400));
            throw new AssertionError("no exception");
        } catch (ArithmeticException e) {
            check(e.getMessage().equals("bad index 250"), "earliest failing iteration's exception: " + e);
        }
        int[] finished = ClusterLoops.forInt(CENSUS, 0, ranks, 1, new TestChunks.Census(new int[2400])).finished;
        boolean before = true;
        for (int i = 0; i < 250; i++) {
            before &= finished[i] == 1;
        }
        check(before && finished[250] == 0, "every iteration before the failing one ran once");
    }

    static final LoopSite ALLREDUCE = site("Allreduce", Relation.LT);

    /**
     * Per-call overhead of a cluster call (one double reduced, nothing else) against MPJ's Allreduce of one double,
     * the best of 5 rounds of each (the machine is shared: the best round is the least disturbed one).
     */
    static void perf(int calls) {
        int ranks = mpi.MPI.COMM_WORLD.Size();
        double bestAllreduce = Double.MAX_VALUE;
        double bestCall = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            // every rank times its Allreduces inside its block: one iteration per rank, all ranks at once
            bestAllreduce = Math.min(bestAllreduce, ClusterLoops.forInt(ALLREDUCE, 0, ranks, 1,
                    new TestChunks.AllreduceTimer(calls, 0)).micros);
            long begin = System.nanoTime();
            double sum = 0;
            for (int k = 0; k < calls; k++) {
                sum += ClusterLoops.forInt(TINY, 0, ranks, 1, new TestChunks.Tiny(0)).sum;
            }
            bestCall = Math.min(bestCall, (System.nanoTime() - begin) / 1e3 / calls);
            check(sum == (double) calls * ranks * (ranks - 1) / 2, "sum of tiny calls");
        }
        System.out.printf("perf np=%d (best of 5 rounds of %d): MPJ Allreduce of one double %.1f us, jpar cluster "
                + "call %.1f us, ratio %.2f%n", ranks, calls, bestAllreduce, bestCall, bestCall / bestAllreduce);
    }


}
