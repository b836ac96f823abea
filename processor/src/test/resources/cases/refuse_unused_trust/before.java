import io.jpar.Parallel;

public class UnusedTrust {
    @Parallel(trust = {"Math.sqrt", "Lookup.atx"})
    static void roots(double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(i);
        }
    }
}
