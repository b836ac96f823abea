import io.jpar.Parallel;

public class Smooth {
    private final double[] values = new double[1000];

    @Parallel
    void smooth() {
        for (int i = 1; i < values.length - 1; i++) {
            values[i] = average(i);
        }
    }

    private double average(int i) {
        return (values[i - 1] + values[i] + values[i + 1]) / 3;
    }
}
