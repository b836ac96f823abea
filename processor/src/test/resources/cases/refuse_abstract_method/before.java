import io.jpar.Parallel;

public abstract class Shape {
    @Parallel
    abstract void area(double[] out);

    @Parallel
    native void fast(double[] out);
}
