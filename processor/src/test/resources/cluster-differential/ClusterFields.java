import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterFields {
    static final int OFFSET = 3;
    static int calls = 2;
    private final double factor;
    private final double[] weights;
    private final String label;

    ClusterFields(double factor, double[] weights, String label) {
        this.factor = factor;
        this.weights = weights;
        this.label = label;
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

    public static Object result() {
        double[] x = new double[77];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.5;
        }
        calls = 5;
        return new ClusterFields(1.5, new double[] {1, 2, 3}, "weights").scaled(x);
    }
}
