import io.jpar.Parallel;
import io.jpar.Target;
import java.util.List;

public class Unseen {
    static final long START = System.nanoTime();

    static long stamp(int i) {
        return i + START;
    }

    @Parallel(target = Target.CLUSTER)
    static void copy(double[] src, double[] out, double[][] rows, List<Double> seen, int m) {
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(src, 0, out, i * m, m);
            seen.add(src[i]);
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void stamps(long[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = stamp(i);
        }
    }

    interface Sink {
        void put(double[] values, int at);
    }

    // trusted on threads, but what put() changes in rows[i] would stay on the rank that ran the iteration
    @Parallel(target = Target.CLUSTER, trust = "Sink.put")
    static void handOver(Sink sink, double[][] rows) {
        for (int i = 0; i < rows.length; i++) {
            sink.put(rows[i], i);
        }
    }
}
