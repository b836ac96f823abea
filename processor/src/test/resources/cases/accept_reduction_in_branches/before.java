import io.jpar.Parallel;

public class Branches {
    @Parallel
    static String classify(int[] a) {
        long positive = 0;
        long negative = 0;
        int zeros = 0;
        boolean sawBig = false;
        boolean parity = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                positive += a[i];
                if (a[i] > 1000) {
                    sawBig |= true;
                }
            } else if (a[i] < 0) {
                negative -= a[i];
            } else {
                zeros++;
            }
            parity ^= a[i] % 2 != 0;
        }
        return positive + " " + negative + " " + zeros + " " + sawBig + " " + parity;
    }
}
