import io.jpar.Parallel;

public class Forms {
    @Parallel
    static String check(int[] a) {
        double total = 0;
        long scaled = 1;
        boolean all = true;
        boolean any = false;
        for (int i = 0; i < a.length; i++) {
            total = total + a[i] * 0.5;
            scaled = (a[i] % 2 + 1) * scaled;
            all = all && a[i] > 0;
            any = any || a[i] > 10;
        }
        return total + " " + scaled + " " + all + " " + any;
    }
}
