package io.jpar.launcher.jobs;

import io.jpar.runtime.cluster.ClusterInt2Chunk;
import io.jpar.runtime.cluster.ClusterIntChunk;
import io.jpar.runtime.cluster.ClusterLongChunk;
import io.jpar.runtime.cluster.ClusterLoops;
import io.jpar.runtime.cluster.Mover;

/** Hand-written cluster chunks in the shape the processor generates (docs/ARCHITECTURE.md), for the job tests. */
final class TestChunks {

    private TestChunks() {
    }

    /** {@code for (i = 0; i < n; i++) sum += (long) i * i % m;} with a broadcast scalar m. */
    static final class Sum extends ClusterIntChunk<Sum> {
        long sum;
        int m;

        Sum() {
        }

        Sum(long sum, int m) {
            this.sum = sum;
            this.m = m;
        }

        @Override
        protected void run(int from, int to) {
            long sum = this.sum;
            for (int i = from; i < to; i++) {
                sum += (long) i * i % m;
            }
            this.sum = sum;
        }

        @Override
        protected Sum fresh() {
            return new Sum(0L, m);
        }

        @Override
        protected void merge(Sum later) {
            sum += later.sum;
        }

        @Override
        protected void move(Mover m$) {
            m = m$.broadcast(m);
            sum = m$.reduce(sum);
        }
    }

    /** {@code c[i] = a[i] * k + b[(7 * i) % b.length]}: scatter a, broadcast b and k, gather c. */
    static final class Axpy extends ClusterIntChunk<Axpy> {
        double[] a;
        double[] b;
        double[] c;
        double k;

        Axpy() {
        }

        Axpy(double[] a, double[] b, double[] c, double k) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.k = k;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                c[i] = a[i] * k + b[(7 * i) % b.length];
            }
        }

        @Override
        protected void move(Mover m$) {
            k = m$.broadcast(k);
            b = m$.broadcast(b);
            a = m$.scatter(a, 1, 0);
            c = m$.gather(c, 1, 0);
        }
    }

    /** {@code for (i = first; i < n; i += 3) x[i] = x[i] * 2 + 1;} read and written at i: scatter then gather. */
    static final class Strided extends ClusterIntChunk<Strided> {
        long[] x;

        Strided() {
        }

        Strided(long[] x) {
            this.x = x;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i += 3) {
                x[i] = x[i] * 2 + 1;
            }
        }

        @Override
        protected void move(Mover m$) {
            x = m$.scatter(x, 1, 0);
            x = m$.gather(x, 1, 0);
        }
    }

    /** {@code h[v[i] % h.length]++}: an array reduction, plus a double sum and a max. */
    static final class Histogram extends ClusterIntChunk<Histogram> {
        int[] h;
        int[] v;
        double total;
        int max;

        Histogram() {
        }

        Histogram(int[] h, int[] v, double total, int max) {
            this.h = h;
            this.v = v;
            this.total = total;
            this.max = max;
        }

        @Override
        protected void run(int from, int to) {
            double total = this.total;
            int max = this.max;
            for (int i = from; i < to; i++) {
                h[v[i] % h.length]++;
                total += v[i];   // exact in double: the order of the sum does not matter
                max = Math.max(max, v[i]);
            }
            this.total = total;
            this.max = max;
        }

        @Override
        protected Histogram fresh() {
            return new Histogram(new int[h.length], v, -0.0, Integer.MIN_VALUE);
        }

        @Override
        protected void merge(Histogram later) {
            for (int k = 0; k < h.length; k++) {
                h[k] += later.h[k];
            }
            total += later.total;
            max = Math.max(max, later.max);
        }

        @Override
        protected void move(Mover m$) {
            v = m$.scatter(v, 1, 0);
            h = m$.reduce(h);
            total = m$.reduce(total);
            max = m$.reduce(max);
        }
    }

    /** Matrix product by rows: scatter rows of a, broadcast b, gather rows of c. */
    static final class MatMul extends ClusterIntChunk<MatMul> {
        double[][] a;
        double[][] b;
        double[][] c;

        MatMul() {
        }

        MatMul(double[][] a, double[][] b, double[][] c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < b[0].length; j++) {
                    double s = 0;
                    for (int k = 0; k < b.length; k++) {
                        s += a[i][k] * b[k][j];
                    }
                    c[i][j] = s;
                }
            }
        }

        @Override
        protected void move(Mover m$) {
            a = m$.scatter(a, 1, 0);
            b = m$.broadcast(b);
            c = m$.gather(c, 1, 0);
        }
    }

    /** The same product with {@code collapse = 2}: rows are distributed, (i, j) is the iteration. */
    static final class MatMul2 extends ClusterInt2Chunk<MatMul2> {
        double[][] a;
        double[][] b;
        double[][] c;

        MatMul2() {
        }

        MatMul2(double[][] a, double[][] b, double[][] c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        protected void run(int i, int from, int to) {
            for (int j = from; j < to; j++) {
                double s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }

        @Override
        protected void move(Mover m$) {
            a = m$.scatter(a, 1, 0);
            b = m$.broadcast(b);
            c = m$.gather(c, 1, 0);
        }
    }

    /** A downward long loop: {@code for (long i = hi; i >= lo; i -= 2) sum ^= i * 31;} with an object read. */
    static final class Down extends ClusterLongChunk<Down> {
        long sum;
        java.util.List<Long> salts;

        Down() {
        }

        Down(long sum, java.util.List<Long> salts) {
            this.sum = sum;
            this.salts = salts;
        }

        @Override
        protected void run(long from, long to) {
            long sum = this.sum;
            for (long i = from; i >= to; i -= 2) {
                sum ^= i * 31 + salts.get((int) (i % salts.size()));
            }
            this.sum = sum;
        }

        @Override
        protected Down fresh() {
            return new Down(0L, salts);
        }

        @Override
        protected void merge(Down later) {
            sum ^= later.sum;
        }

        @Override
        protected void move(Mover m$) {
            salts = m$.object(salts);
            sum = m$.reduce(sum);
        }
    }

    /** Throws {@code IllegalStateException} at iteration {@code bad}, after writing c[i] = i below it. */
    static final class Throws extends ClusterIntChunk<Throws> {
        int bad;
        int[] c;

        Throws() {
        }

        Throws(int bad, int[] c) {
            this.bad = bad;
            this.c = c;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                if (i == bad) {
                    throw new IllegalStateException("bad index " + i);
                }
                c[i] = i;
            }
        }

        @Override
        protected void move(Mover m$) {
            bad = m$.broadcast(bad);
            c = m$.gather(c, 1, 0);
        }
    }

    /** Calls System.exit(code) at iteration {@code at}. */
    static final class Exits extends ClusterIntChunk<Exits> {
        int at;

        Exits() {
        }

        Exits(int at) {
            this.at = at;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                if (i == at) {
                    System.exit(3);
                }
            }
        }

        @Override
        protected void move(Mover m$) {
            at = m$.broadcast(at);
        }
    }

    /** One double per rank, nothing else: the cost of a call. */
    static final class Tiny extends ClusterIntChunk<Tiny> {
        double sum;

        Tiny() {
        }

        Tiny(double sum) {
            this.sum = sum;
        }

        @Override
        protected void run(int from, int to) {
            double sum = this.sum;
            for (int i = from; i < to; i++) {
                sum += i;
            }
            this.sum = sum;
        }

        @Override
        protected Tiny fresh() {
            return new Tiny(-0.0);
        }

        @Override
        protected void merge(Tiny later) {
            sum += later.sum;
        }

        @Override
        protected void move(Mover m$) {
            sum = m$.reduce(sum);
        }
    }

    /** Times {@code calls} MPJ Allreduces of one double inside the block, on every rank; reduces the max. */
    static final class AllreduceTimer extends ClusterIntChunk<AllreduceTimer> {
        int calls;
        double micros;

        AllreduceTimer() {
        }

        AllreduceTimer(int calls, double micros) {
            this.calls = calls;
            this.micros = micros;
        }

        @Override
        protected void run(int from, int to) {
            double[] one = {1};
            double[] out = new double[1];
            mpi.MPI.COMM_WORLD.Barrier();
            long begin = System.nanoTime();
            for (int k = 0; k < calls; k++) {
                mpi.MPI.COMM_WORLD.Allreduce(one, 0, out, 0, 1, mpi.MPI.DOUBLE, mpi.MPI.SUM);
            }
            micros = Math.max(micros, (System.nanoTime() - begin) / 1e3 / calls);
        }

        @Override
        protected AllreduceTimer fresh() {
            return new AllreduceTimer(calls, 0);
        }

        @Override
        protected void merge(AllreduceTimer later) {
            micros = Math.max(micros, later.micros);
        }

        @Override
        protected void move(Mover m$) {
            calls = m$.broadcast(calls);
            micros = m$.reduce(micros);
        }
    }

    /** Prints the first index of each block it runs and the host's IPv4 addresses: where each rank runs. */
    static final class Echo extends ClusterIntChunk<Echo> {
        Echo() {
        }

        @Override
        protected void run(int from, int to) {
            StringBuilder addresses = new StringBuilder();
            try {
                for (java.net.NetworkInterface nif : java.util.Collections.list(
                        java.net.NetworkInterface.getNetworkInterfaces())) {
                    for (java.net.InetAddress address : java.util.Collections.list(nif.getInetAddresses())) {
                        if (address instanceof java.net.Inet4Address && !address.isLoopbackAddress()) {
                            addresses.append(' ').append(address.getHostAddress());
                        }
                    }
                }
            } catch (java.net.SocketException e) {
                throw new IllegalStateException(e);
            }
            System.out.println("block from " + from + " on" + addresses);
        }

        @Override
        protected void move(Mover m$) {
        }
    }

    /** Times MPJ operations that a cluster call could be built of, inside one block per rank (all at once). */
    static final class MpjOperations extends ClusterIntChunk<MpjOperations> {
        int calls;

        MpjOperations() {
        }

        MpjOperations(int calls) {
            this.calls = calls;
        }

        @Override
        protected void run(int from, int to) {
            mpi.Intracomm w = mpi.MPI.COMM_WORLD;
            int rank = w.Rank();
            int n = w.Size();
            double[] one = {1};
            double[] out = new double[1];
            byte[] hdr = new byte[1024];
            byte[] res = new byte[9];
            byte[] g = new byte[16 * n];
            for (int round = 0; round < 3; round++) {
              StringBuilder sb = new StringBuilder();
              w.Barrier(); long t = System.nanoTime();
              for (int k = 0; k < calls; k++) w.Allreduce(one, 0, out, 0, 1, mpi.MPI.DOUBLE, mpi.MPI.SUM);
              sb.append(String.format("allreduce %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              w.Barrier(); t = System.nanoTime();
              for (int k = 0; k < calls; k++) { w.Bcast(hdr, 0, 1024, mpi.MPI.BYTE, 0); if (rank == 0) { for (int r = 1; r < n; r++) { mpi.Status s = w.Probe(r, 5); w.Recv(res, 0, s.Get_count(mpi.MPI.BYTE), mpi.MPI.BYTE, r, 5);} } else w.Send(res, 0, 9, mpi.MPI.BYTE, 0, 5); }
              sb.append(String.format("bcast+probe/recv %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              w.Barrier(); t = System.nanoTime();
              for (int k = 0; k < calls; k++) { w.Bcast(hdr, 0, 1024, mpi.MPI.BYTE, 0); if (rank == 0) { for (int r = 1; r < n; r++) { w.Recv(res, 0, 9, mpi.MPI.BYTE, r, 5);} } else w.Send(res, 0, 9, mpi.MPI.BYTE, 0, 5); }
              sb.append(String.format("bcast+recv %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              w.Barrier(); t = System.nanoTime();
              for (int k = 0; k < calls; k++) { if (rank == 0) { for (int r = 1; r < n; r++) w.Send(hdr, 0, 1024, mpi.MPI.BYTE, r, 4); for (int r = 1; r < n; r++) { w.Recv(res, 0, 9, mpi.MPI.BYTE, r, 5);} } else { w.Recv(hdr, 0, 1024, mpi.MPI.BYTE, 0, 4); w.Send(res, 0, 9, mpi.MPI.BYTE, 0, 5);} }
              sb.append(String.format("send+recv %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              w.Barrier(); t = System.nanoTime();
              for (int k = 0; k < calls; k++) { w.Bcast(hdr, 0, 64, mpi.MPI.BYTE, 0); if (rank == 0) { for (int r = 1; r < n; r++) { w.Recv(res, 0, 9, mpi.MPI.BYTE, r, 5);} } else w.Send(res, 0, 9, mpi.MPI.BYTE, 0, 5); }
              sb.append(String.format("bcast64+recv %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              w.Barrier(); t = System.nanoTime();
              for (int k = 0; k < calls; k++) { w.Bcast(hdr, 0, 1024, mpi.MPI.BYTE, 0); w.Gather(res, 0, 9, mpi.MPI.BYTE, g, 0, 9, mpi.MPI.BYTE, 0); }
              sb.append(String.format("bcast+gather %.1f ", (System.nanoTime() - t) / 1e3 / calls));
              if (rank == 0) System.out.println(sb);
            }
        }

        @Override
        protected void move(Mover m$) {
            calls = m$.broadcast(calls);
        }
    }

    /** A cluster loop inside a cluster body: it must run on the CPU of the rank that runs the block. */
    static final class Nested extends ClusterIntChunk<Nested> {
        long sum;

        Nested() {
        }

        Nested(long sum) {
            this.sum = sum;
        }

        @Override
        protected void run(int from, int to) {
            long sum = this.sum;
            for (int i = from; i < to; i++) {
                sum += ClusterLoops.forInt(JobMain.SUM, 0, i % 50, 1, new Sum(0, 1000)).sum;
            }
            this.sum = sum;
        }

        @Override
        protected Nested fresh() {
            return new Nested(0);
        }

        @Override
        protected void merge(Nested later) {
            sum += later.sum;
        }

        @Override
        protected void move(Mover m$) {
            sum = m$.reduce(sum);
        }
    }

    /** Cannot be built on the other ranks (its no-argument constructor throws), with arrays going both ways. */
    static final class Unbuildable extends ClusterIntChunk<Unbuildable> {
        double[] a;
        double[] c;
        long sum;

        Unbuildable() {
            throw new UnsupportedOperationException("this chunk cannot be built on other ranks");
        }

        Unbuildable(double[] a, double[] c, long sum) {
            this.a = a;
            this.c = c;
            this.sum = sum;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                c[i] = a[i] + 1;
            }
        }

        @Override
        protected void move(Mover m$) {
            a = m$.scatter(a, 1, 0);
            c = m$.gather(c, 1, 0);
            sum = m$.reduce(sum);
        }
    }

    /** {@code r[n - 1 - i] = a[i] * 2}: gathered at {@code -1 * i + (n - 1)}, an offset from a broadcast scalar. */
    static final class Reverse extends ClusterIntChunk<Reverse> {
        int n;
        int[] a;
        int[] r;

        Reverse() {
        }

        Reverse(int n, int[] a, int[] r) {
            this.n = n;
            this.a = a;
            this.r = r;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                r[n - 1 - i] = a[i] * 2;
            }
        }

        @Override
        protected void move(Mover m$) {
            n = m$.broadcast(n);
            a = m$.scatter(a, 1, 0);
            r = m$.gather(r, -1, n - 1);
        }
    }

    /**
     * {@code if (isPrime(i)) { sum += i; count++; }} (cost grows with i) and {@code ranOn[i] += 1 << 8 * rank} (an
     * array reduction that tells which ranks ran each iteration, and how often); nothing moves by block, so the
     * runtime deals the blocks.
     */
    static final class Primes extends ClusterIntChunk<Primes> {
        long sum;
        int count;
        int[] ranOn;

        Primes() {
        }

        Primes(long sum, int count, int[] ranOn) {
            this.sum = sum;
            this.count = count;
            this.ranOn = ranOn;
        }

        static boolean isPrime(int n) {
            if (n < 2) {
                return false;
            }
            for (int d = 2; (long) d * d <= n; d++) {
                if (n % d == 0) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected void run(int from, int to) {
            int rank = mpi.MPI.COMM_WORLD.Rank();
            long sum = this.sum;
            int count = this.count;
            for (int i = from; i < to; i++) {
                if (isPrime(i)) {
                    sum += i;
                    count++;
                }
                ranOn[i] += 1 << 8 * rank;
            }
            this.sum = sum;
            this.count = count;
        }

        @Override
        protected Primes fresh() {
            return new Primes(0L, 0, new int[ranOn.length]);
        }

        @Override
        protected void merge(Primes later) {
            sum += later.sum;
            count += later.count;
            for (int k = 0; k < ranOn.length; k++) {
                ranOn[k] += later.ranOn[k];
            }
        }

        @Override
        protected void move(Mover m$) {
            ranOn = m$.reduce(ranOn);
            sum = m$.reduce(sum);
            count = m$.reduce(count);
        }
    }

    /** {@code collapse = 2}, reductions only: {@code sum += (i * 31 + j) % 1000 * i} (cost of a row grows with i). */
    static final class RowSum extends ClusterInt2Chunk<RowSum> {
        long sum;

        RowSum() {
        }

        RowSum(long sum) {
            this.sum = sum;
        }

        @Override
        protected void run(int i, int from, int to) {
            long sum = this.sum;
            for (int j = from; j < to; j++) {
                for (int k = 0; k < i; k++) {
                    sum += (i * 31L + j + k) % 1000;
                }
            }
            this.sum = sum;
        }

        @Override
        protected RowSum fresh() {
            return new RowSum(0L);
        }

        @Override
        protected void merge(RowSum later) {
            sum += later.sum;
        }

        @Override
        protected void move(Mover m$) {
            sum = m$.reduce(sum);
        }
    }

    /**
     * Throws at each of {@code bad} (an {@code ArithmeticException} at the first, {@code IllegalStateException}s
     * at the others) and notes on its rank (a static: one per rank) every iteration it finished, for
     * {@link Census} to bring back after the failed call.
     */
    static final class ThrowsDealt extends ClusterIntChunk<ThrowsDealt> {
        static int[] finished = new int[0];
        int[] bad;
        int n;

        ThrowsDealt() {
        }

        ThrowsDealt(int[] bad, int n) {
            this.bad = bad;
            this.n = n;
        }

        @Override
        protected void run(int from, int to) {
            synchronized (ThrowsDealt.class) {
                if (finished.length != n) {
                    finished = new int[n];
                }
            }
            int[] done = finished;
            for (int i = from; i < to; i++) {
                for (int k = 0; k < bad.length; k++) {
                    if (i == bad[k]) {
                        throw k == 0 ? new ArithmeticException("bad index " + i)
                                : new IllegalStateException("bad index " + i);
                    }
                }
                done[i]++;
            }
        }

        @Override
        protected void move(Mover m$) {
            n = m$.broadcast(n);
            bad = m$.broadcast(bad);
        }
    }

    /** One iteration per rank: adds up every rank's {@link ThrowsDealt#finished} and clears it. */
    static final class Census extends ClusterIntChunk<Census> {
        int[] finished;

        Census() {
        }

        Census(int[] finished) {
            this.finished = finished;
        }

        @Override
        protected void run(int from, int to) {
            int[] mine = ThrowsDealt.finished;
            for (int k = 0; k < mine.length && k < finished.length; k++) {
                finished[k] += mine[k];
            }
            ThrowsDealt.finished = new int[0];
        }

        @Override
        protected Census fresh() {
            return new Census(new int[finished.length]);
        }

        @Override
        protected void merge(Census later) {
            for (int k = 0; k < finished.length; k++) {
                finished[k] += later.finished[k];
            }
        }

        @Override
        protected void move(Mover m$) {
            finished = m$.reduce(finished);
        }
    }

    /** Each iteration computes (no sleep) for {@code millis} ms: a rank busy for longer than the silence limit. */
    static final class Spin extends ClusterIntChunk<Spin> {
        long millis;
        long spun;

        Spin() {
        }

        Spin(long millis) {
            this.millis = millis;
        }

        @Override
        protected void run(int from, int to) {
            System.out.println("spinning on rank " + mpi.MPI.COMM_WORLD.Rank());
            long x = 0;
            for (int i = from; i < to; i++) {
                long until = System.nanoTime() + millis * 1_000_000;
                while (System.nanoTime() < until) {
                    x += x * 31 + i;
                }
            }
            spun += x == 42 ? 2 : 1;      // x is used, so the loop is not optimized away
        }

        @Override
        protected Spin fresh() {
            return new Spin(millis);
        }

        @Override
        protected void merge(Spin later) {
            spun += later.spun;
        }

        @Override
        protected void move(Mover m$) {
            millis = m$.broadcast(millis);
            spun = m$.reduce(spun);
        }
    }

    /** Throws on rank {@code rank} only: an IllegalStateException, or an OutOfMemoryError of the heap. */
    static final class ThrowsOnRank extends ClusterIntChunk<ThrowsOnRank> {
        int rank;
        boolean oom;

        ThrowsOnRank() {
        }

        ThrowsOnRank(int rank, boolean oom) {
            this.rank = rank;
            this.oom = oom;
        }

        @Override
        protected void run(int from, int to) {
            if (mpi.MPI.COMM_WORLD.Rank() != rank) {
                return;
            }
            if (oom) {
                long[][] hog = new long[64][];
                for (int k = 0; k < hog.length; k++) {
                    hog[k] = new long[16 << 20];          // 128 MiB each: past any -Xmx of the tests
                }
                System.out.println(hog.length);
            }
            throw new IllegalStateException("thrown on rank " + rank);
        }

        @Override
        protected void move(Mover m$) {
            rank = m$.broadcast(rank);
            oom = m$.broadcast(oom);
        }
    }
}
