import io.jpar.Parallel;

public class CheckedException {
    @Parallel
    static long read(int n) throws java.io.IOException {
        long sum = 0;
        for (int i = n - 1; i >= 0; i--) {
            if (i % 99_991 == 12) {
                throw new java.io.IOException("cannot read record " + i);
            }
            sum += i;
        }
        return sum;
    }

    public static Object result() throws java.io.IOException {
        return read(400_000);
    }
}
