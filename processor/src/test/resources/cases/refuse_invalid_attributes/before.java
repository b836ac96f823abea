import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

// attribute values that are not jpar's: each an error at its annotation, never silently replaced
public class Attributes {
    @Parallel(schedule = Schedule.FAST)
    static void schedule(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    @Parallel(chunk = -4)
    static void chunk(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    @Parallel(target = Target.TPU)
    static void target(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    @Parallel(speed = 3)
    static void unknown(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }
}
