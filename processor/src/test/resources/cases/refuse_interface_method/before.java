import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public interface Kernel {
    @Parallel
    void apply(double[] out);
}
