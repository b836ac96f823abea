import io.jpar.Parallel;

/** Commutative updates of the fields of elements at any index: pair forces, scatter to nodes, counts per bin. */
public class ElementUpdates {

    // sums of partials per block against one running sum per element (floats of about 1, some hundred terms)
    static final double TOLERANCE = 1e-5;

    static final class Body {
        final double x;
        double fx;
        double fy;

        Body(double x) {
            this.x = x;
        }
    }

    static final class Node {
        float load;
        long visits;
        int mask = -1;
        short wraps;
    }

    // every pair once: the force on i and its opposite on j, both updated from the iteration of i
    @Parallel
    static double[] pairs(Body[] b) {
        int n = b.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = b[j].x - b[i].x;
                double f = d / (d * d + 1.0);
                b[i].fx += f;
                b[j].fx -= f;
                b[i].fy += 0.5 * f;
                b[j].fy -= 0.5 * f;
            }
        }
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            out[2 * i] = b[i].fx;
            out[2 * i + 1] = b[i].fy;
        }
        return out;
    }

    // edges scatter into their two ends; two slots hold one node and one slot is null (no edge reaches it)
    @Parallel
    static void scatter(Node[] nodes, int[] from, int[] to, float[] w) {
        for (int e = 0; e < from.length; e++) {
            nodes[from[e]].load += w[e];
            nodes[to[e]].load += w[e] * 0.5f;
            nodes[to[e]].visits++;
            nodes[from[e]].mask &= ~(1 << (e % 31));
            nodes[to[e]].wraps += (short) 4000;
        }
    }

    Body[] bodies;

    // a field of this holding the array, named bare; the other fields of the elements are only read
    @Parallel
    double springs(int[][] links, double k) {
        double energy = 0;
        for (int p = 0; p < links.length; p++) {
            double d = bodies[links[p][1]].x - bodies[links[p][0]].x;
            bodies[links[p][0]].fx += k * d;
            bodies[links[p][1]].fx -= k * d;
            energy += 0.5 * k * d * d;
        }
        return energy;
    }

    static Object[] state(Node[] nodes) {
        float[] load = new float[nodes.length];
        long[] visits = new long[nodes.length];
        int[] mask = new int[nodes.length];
        short[] wraps = new short[nodes.length];
        boolean[] missing = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            missing[i] = nodes[i] == null;
            if (!missing[i]) {
                load[i] = nodes[i].load;
                visits[i] = nodes[i].visits;
                mask[i] = nodes[i].mask;
                wraps[i] = nodes[i].wraps;
            }
        }
        return new Object[] {load, visits, mask, wraps, missing};
    }

    public static Object result() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        Body[] b = new Body[700];
        for (int i = 0; i < b.length; i++) {
            b[i] = new Body(r.nextDouble(-50, 50));
        }
        double[] forces = pairs(b);

        Node[] nodes = new Node[300];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = new Node();
        }
        nodes[17] = nodes[4];
        nodes[299] = null;
        int edges = 20000;
        int[] from = new int[edges];
        int[] to = new int[edges];
        float[] w = new float[edges];
        for (int e = 0; e < edges; e++) {
            from[e] = r.nextInt(299);
            to[e] = r.nextInt(299);
            w[e] = (float) r.nextDouble(0, 2);
        }
        scatter(nodes, from, to, w);

        ElementUpdates u = new ElementUpdates();
        u.bodies = new Body[400];
        for (int i = 0; i < u.bodies.length; i++) {
            u.bodies[i] = new Body(i * 0.25 + r.nextDouble());
        }
        int[][] links = new int[5000][];
        for (int p = 0; p < links.length; p++) {
            links[p] = new int[] {r.nextInt(400), r.nextInt(400)};
        }
        double energy = u.springs(links, 0.3);
        double[] fx = new double[u.bodies.length];
        for (int i = 0; i < fx.length; i++) {
            fx[i] = u.bodies[i].fx;
        }
        return new Object[] {forces, state(nodes), energy, fx};
    }
}
