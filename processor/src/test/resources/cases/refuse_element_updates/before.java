import io.jpar.Parallel;
import io.jpar.Target;

public class Forces {

    static final class Body {
        double x;
        double f;
    }

    // the updated field is also read: its partial sums are not what the loop would read
    @Parallel
    static void readBack(Body[] b, int[] other) {
        for (int i = 0; i < b.length; i++) {
            b[other[i]].f += b[i].x;
            b[i].x = b[other[i]].f;
        }
    }

    // two operators for one field
    @Parallel
    static void mixed(Body[] b, int[] other) {
        for (int i = 0; i < b.length; i++) {
            b[other[i]].f += 1;
            b[i].f *= 2;
        }
    }

    // through an alias of the element
    @Parallel
    static void alias(Body[] b, int[] other) {
        for (int i = 0; i < b.length; i++) {
            Body o = b[other[i]];
            o.f += 1;
        }
    }

    // the field read through another array, whose elements may be the ones summed into
    @Parallel
    static void otherArray(Body[] b, Body[] c, int[] other, double[] out) {
        for (int i = 0; i < other.length; i++) {
            b[other[i]].f += 1;
            out[i] = c[i].f;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void onRanks(Body[] b, int[] other) {
        for (int i = 0; i < other.length; i++) {
            b[other[i]].f += 1;
        }
    }

    @Parallel(target = Target.GPU)
    static void onDevice(Body[] b, int[] other) {
        for (int i = 0; i < other.length; i++) {
            b[other[i]].f += 1;
        }
    }
}
