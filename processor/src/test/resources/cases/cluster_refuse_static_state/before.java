import io.jpar.Parallel;
import io.jpar.Target;

public class Statics {
    static double scale = 2.0;
    static final double RATE = 0.5;
    static final double[] TABLE = {1.0, 2.0};

    @Parallel(target = Target.CLUSTER)
    static double total(double[] x) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * Statics.scale + adjusted(x[i]) + lookup(i) + scale;
        }
        return sum;
    }

    static double adjusted(double v) {
        return v * RATE + Counter.bias;
    }

    static double lookup(int i) {
        return TABLE[i % 2];
    }
}

class Counter {
    static double bias = 1.0;
}
