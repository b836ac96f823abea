import io.jpar.Parallel;
import io.jpar.Schedule;

public class IntReductions {
    @Parallel(schedule = Schedule.DYNAMIC, chunk = 1000)
    static String all(int[] a) {
        long sum = 0;
        int diff = 0;
        long product = 1;
        int and = -1;
        int or = 0;
        int xor = 0;
        boolean all = true;
        boolean any = false;
        boolean andBits = true;
        int max = Integer.MIN_VALUE;
        long min = Long.MAX_VALUE;
        int firstTop = Integer.MIN_VALUE;
        int lastLow = Integer.MAX_VALUE;
        long count = 0;
        long down = 0;
        byte b = 0;
        short s = 0;
        char c = 'a';
        long assigned = 0;
        long mirrored = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            diff -= a[i] % 7;
            product *= (a[i] & 3) + 1;
            and &= a[i] | 0x100;
            or |= a[i] & 0xF0F0;
            xor ^= a[i];
            all = all && a[i] >= 0;
            any = any || a[i] > 999_990;
            andBits &= a[i] != 12345;
            max = Math.max(max, a[i]);
            min = Math.min(a[i] % 1000, min);
            if (a[i] % 5000 > firstTop) {
                firstTop = a[i] % 5000;
            }
            if (lastLow >= a[i] % 3000) lastLow = a[i] % 3000;
            count++;
            down--;
            b += a[i];
            s += a[i];
            c += 3;
            assigned = assigned + a[i] - 1;
            mirrored = a[i] * 2L + mirrored;
        }
        return sum + " " + diff + " " + product + " " + and + " " + or + " " + xor + " " + all + " " + any + " " + andBits
                + " " + max + " " + min + " " + firstTop + " " + lastLow + " " + count + " " + down + " " + b + " " + s + " "
                + (int) c + " " + assigned + " " + mirrored;
    }

    @Parallel
    static String concat(int n) {
        String s = "<";
        for (int i = 0; i < n; i++) {
            s += (char) ('a' + i % 26);
        }
        return s;
    }

    @Parallel
    static Integer boxed(int[] a) {
        Integer sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] & 0xFF;
        }
        return sum;
    }

    public static Object result() {
        int[] a = new int[400_000];
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextInt(1_000_000);
        }
        return all(a) + " | " + concat(20_000) + " | " + boxed(a);
    }
}
