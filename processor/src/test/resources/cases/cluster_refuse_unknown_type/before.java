import io.jpar.Parallel;
import io.jpar.Target;

public class Unknown {
    @Parallel(target = Target.CLUSTER)
    static double total(double[] x) {
        var scale = missing.Library.scale();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * scale;
        }
        return sum;
    }
}
