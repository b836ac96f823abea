import io.jpar.Parallel;

public class Forces {

    static final class Body {
        final double x;
        double f;
        int hits;

        Body(double x) {
            this.x = x;
        }
    }

    // every pair once: iterations i and j both update element j, so each block sums into its own copy of f
    @Parallel
    static void pairs(Body[] b) {
        for (int i = 0; i < b.length; i++) {
            for (int j = i + 1; j < b.length; j++) {
                double g = 1.0 / (1.0 + Math.abs(b[j].x - b[i].x));
                b[i].f += g;
                b[j].f -= g;
            }
        }
    }

    // counts per bin through an index array
    @Parallel
    static void histogram(Body[] bins, int[] which) {
        for (int k = 0; k < which.length; k++) {
            bins[which[k]].hits++;
        }
    }
}
