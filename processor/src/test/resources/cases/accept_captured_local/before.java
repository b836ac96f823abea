import io.jpar.Parallel;

public class Captured {
    @Parallel
    static void offset(int[] a, int base) {
        int shift = 0;
        if (base > 10) {
            shift = base;
        }
        base++;
        for (int i = 0; i < a.length; i++) {
            a[i] = i + shift + base;
        }
    }
}
