import io.jpar.Parallel;

public class VarType {
    @Parallel
    static void scale(double[] a) {
        var factor = com.example.missing.Config.factor();
        factor = factor * 2;
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * factor;
        }
    }
}
