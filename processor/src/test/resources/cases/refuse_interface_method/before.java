import io.jpar.Parallel;

public interface Kernel {
    @Parallel
    void apply(double[] out);
}
