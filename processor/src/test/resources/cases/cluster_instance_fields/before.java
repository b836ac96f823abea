import io.jpar.Parallel;
import io.jpar.Target;

public class Scaler {
    static final int OFFSET = 3;
    static int calls = 0;
    private final double factor;
    private final double[] weights;
    private String label = "scaled";

    Scaler(double factor, double[] weights) {
        this.factor = factor;
        this.weights = weights;
    }

    @Parallel(target = Target.CLUSTER)
    double[] scaled(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * factor * weights[i % weights.length] + OFFSET + calls + label.length() + move(i);
        }
        return out;
    }

    static int move(int i) {
        return i % 2;
    }
}
