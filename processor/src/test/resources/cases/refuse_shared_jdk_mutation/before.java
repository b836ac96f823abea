import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Vector;

public class SharedMutation {
    @Parallel
    static List<Integer> collect(int n, ArrayList<Integer> out) {
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    @Parallel
    static void elements(int n, Vector<Integer> out) {
        for (int i = 0; i < n; i++) {
            out.addElement(i);
        }
    }

    @Parallel
    static void counts(int[] keys, Map<Integer, Integer> seen) {
        for (int i = 0; i < keys.length; i++) {
            seen.merge(keys[i], 1, Integer::sum);
        }
    }

    @Parallel
    static void noise(double[] a, Random random) {
        for (int i = 0; i < a.length; i++) {
            a[i] += random.nextGaussian();
        }
    }

    @Parallel
    static String text(int n) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < n; i++) {
            all.append(i);
        }
        return all.toString();
    }

    @Parallel
    static void copyInto(double[] src, double[] dst, int m) {
        for (int i = 0; i < m; i++) {
            System.arraycopy(src, 0, dst, 0, i);
        }
    }

    @Parallel
    static void viaIterator(List<Integer> list) {
        for (int i = 0; i < 10; i++) {
            java.util.Iterator<Integer> it = list.iterator();
            it.next();
            it.remove();
        }
    }

    @Parallel
    static void dice(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (int) (Math.random() * 6);
        }
    }

    static void record(List<Integer> into, int v) {
        into.add(v);
    }

    @Parallel
    static void throughCallee(int n, List<Integer> out) {
        for (int i = 0; i < n; i++) {
            record(out, i);
        }
    }
}
