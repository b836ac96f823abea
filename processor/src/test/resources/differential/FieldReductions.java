import io.jpar.Parallel;

public class FieldReductions {
    static long total;
    static int hits;

    static final class Stats {
        static long evens;
        static double weight;
        static long total; // the same name as FieldReductions.total: two partials
    }

    long checksum = 17;
    int count;
    double energy = 0.5;
    boolean any;

    // a static field by its bare name, one of another class by its type's name, an increment
    @Parallel
    static void tally(int[] a) {
        for (int i = 0; i < a.length; i++) {
            total += a[i];
            if (a[i] % 2 == 0) {
                Stats.evens++;
                hits -= 2;
            }
            Stats.weight += a[i] * 0.25;
            Stats.total += 3;
        }
    }

    // fields of this: by this.name and by the bare name, with xor, or and a floating sum
    @Parallel
    void scan(int[] a) {
        for (int i = 0; i < a.length; i++) {
            int v = a[i] * 31 + i;
            this.checksum ^= v;
            count += v & 7;
            this.energy += Math.sqrt(v & 1023);
            any |= v % 97 == 0;
        }
    }

    public static Object result() {
        int[] a = new int[30_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i * 7919) % 1000 - 300;
        }
        total = 5;
        hits = 1;
        Stats.evens = 0;
        Stats.weight = 1.0;
        tally(a);
        tally(a);
        FieldReductions f = new FieldReductions();
        f.scan(a);
        return new Object[] {total, hits, Stats.evens, Stats.weight, Stats.total, f.checksum, f.count, f.energy, f.any};
    }

    static final double TOLERANCE = 1e-9;
}
