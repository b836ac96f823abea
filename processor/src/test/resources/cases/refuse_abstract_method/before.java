import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public abstract class Shape {
    @Parallel
    abstract void area(double[] out);

    @Parallel
    native void fast(double[] out);
}
