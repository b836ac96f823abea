import io.jpar.Parallel;

public class Each {
    static final class P {
        double x;
    }

    // q holds the elements of the array it walks: objects every iteration reaches
    static void bump(P[] p) {
        for (P q : p) {
            q.x += 1;
        }
    }

    @Parallel
    static void viaHelper(P[] shared, double[] out) {
        for (int i = 0; i < out.length; i++) {
            bump(shared);
            out[i] = i;
        }
    }

    @Parallel
    static void inBody(P[] shared, double[] out) {
        for (int i = 0; i < out.length; i++) {
            for (P q : shared) {
                q.x += 1;
            }
            out[i] = i;
        }
    }

    // an array of the iteration's own objects, given by an initializer: refused too, on the safe side (jpar follows
    // the elements of an array the iteration fills by index, mine[k] = new P(), not those of an initializer)
    @Parallel
    static void own(double[] out) {
        for (int i = 0; i < out.length; i++) {
            P[] mine = {new P(), new P()};
            for (P q : mine) {
                q.x = i;
            }
            out[i] = mine[0].x + mine[1].x;
        }
    }
}
