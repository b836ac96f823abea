import io.jpar.Parallel;

public class Control {
    @Parallel
    static long checked(int[] a) throws java.io.IOException {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                throw new java.io.IOException("negative at " + i);
            }
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < 10; j++) {
                if (j > a[i]) {
                    break;
                }
                sum += j;
            }
        }
        return sum;
    }
}
