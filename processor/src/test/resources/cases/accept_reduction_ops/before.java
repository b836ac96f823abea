import io.jpar.Parallel;

public class Ops {
    @Parallel
    static long mix(int[] a) {
        long product = 1;
        int and = -1;
        int or = 0;
        int xor = 0;
        long count = 0;
        int down = 100;
        for (int i = 0; i < a.length; i++) {
            product *= a[i] % 3 + 1;
            and &= a[i];
            or |= a[i];
            xor ^= a[i];
            count++;
            down -= a[i];
        }
        return product + and + or + xor + count + down;
    }
}
