import io.jpar.Parallel;

/** Fields of the elements of arrays of objects, written by the loop index: particles, cells, bodies. */
public class ObjectElements {

    static final class Particle {
        double x;
        double v;
        int bounces;
        final double mass;

        Particle(double x, double v, double mass) {
            this.x = x;
            this.v = v;
            this.mass = mass;
        }

        // a method of the element: its fields, through this
        void step(double dt) {
            x += dt * v;
            this.v *= 0.999;
        }

        double momentum() {
            return mass * v;
        }
    }

    static final class Cell {
        double u;
        double next;
        long visits;

        Cell(double u) {
            this.u = u;
        }
    }

    Particle[] bodies;

    // reads the fields of the element it is handed, which the loop writes in that element only
    static double kinetic(Particle p) {
        return 0.5 * p.mass * p.v * p.v;
    }

    // a parameter: its elements are checked distinct at run time
    @Parallel
    static void drift(Particle[] p, double dt) {
        for (int i = 0; i < p.length; i++) {
            p[i].x = p[i].x + dt * p[i].v;
            if (p[i].x > 100.0) {
                p[i].x = 200.0 - p[i].x;
                p[i].v = -p[i].v;
                p[i].bounces++;
            }
        }
    }

    // through a local that names the element, with a call that reads another field
    @Parallel
    static double[] kick(Particle[] p, double k, double dt) {
        double[] energy = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            Particle q = p[i];
            q.v -= k * q.x * dt / q.mass;
            energy[i] = kinetic(p[i]);
        }
        return energy;
    }

    // a 2-D grid of cells: a Jacobi step into another field, neighbours read where nothing writes them
    @Parallel
    static void relax(Cell[][] g) {
        for (int i = 1; i < g.length - 1; i++) {
            for (int j = 1; j < g[i].length - 1; j++) {
                g[i][j].next = 0.25 * (g[i - 1][j].u + g[i + 1][j].u + g[i][j - 1].u + g[i][j + 1].u);
                g[i][j].visits += 1;
            }
        }
    }

    // collapsed: each (i, j) owns its cell
    @Parallel(collapse = 2)
    static void swap(Cell[][] g) {
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[0].length; j++) {
                double t = g[i][j].u;
                g[i][j].u = g[i][j].next;
                g[i][j].next = t;
            }
        }
    }

    // the method fills the array with new objects only: distinct without a run-time check
    @Parallel
    static double local(int n) {
        Cell[] cs = new Cell[n];
        for (int k = 0; k < n; k++) {
            cs[k] = new Cell(k * 0.5);
        }
        for (int i = 0; i < n; i++) {
            cs[i].u = Math.sqrt(cs[i].u) + i;
            cs[i].visits = i * 3L;
        }
        double s = 0;
        for (int k = 0; k < n; k++) {
            s += cs[k].u + cs[k].visits;
        }
        return s;
    }

    // a field of this, and another array's elements read at the same index
    @Parallel
    void scale(Particle[] from, double f) {
        for (int i = 0; i < bodies.length; i++) {
            bodies[i].v = from[i].v * f * from[i].x + bodies[i].v;
        }
    }

    // methods called on the element, and a helper handed it
    @Parallel
    static double[] advance(Particle[] p, double dt) {
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            p[i].step(dt);
            m[i] = p[i].momentum() + kinetic(p[i]);
        }
        return m;
    }

    // one object in two elements: the run-time check finds it and the loop runs as written
    @Parallel
    static void twice(Particle[] p) {
        for (int i = 0; i < p.length; i++) {
            p[i].x += 1.0;
        }
    }

    static Particle[] particles(int n, int seed) {
        Particle[] p = new Particle[n];
        for (int k = 0; k < n; k++) {
            p[k] = new Particle((k * 37 + seed) % 101, ((k * 13) % 7) - 3.0, 1.0 + k % 5);
        }
        return p;
    }

    public static Object result() {
        Particle[] p = particles(20_000, 3);
        for (int step = 0; step < 5; step++) {
            drift(p, 0.7);
            kick(p, 0.01, 0.7);
        }
        double[] e = kick(p, 0.0, 0.0);
        double[] moved = advance(p, 0.3);
        Cell[][] g = new Cell[60][70];
        for (int i = 0; i < g.length; i++) {
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] = new Cell((i * 7 + j * 3) % 11);
            }
        }
        for (int step = 0; step < 3; step++) {
            relax(g);
            swap(g);
        }
        double grid = 0;
        long visits = 0;
        for (Cell[] row : g) {
            for (Cell c : row) {
                grid += c.u * 3 + c.next;
                visits += c.visits;
            }
        }
        ObjectElements o = new ObjectElements();
        o.bodies = particles(5_000, 11);
        o.scale(particles(5_000, 5), 0.5);
        double scaled = 0;
        for (Particle b : o.bodies) {
            scaled += b.v;
        }
        Particle[] dup = particles(3_000, 1);
        dup[7] = dup[2000];
        twice(dup);
        double sumX = 0;
        int bounces = 0;
        for (Particle q : p) {
            sumX += q.x;
            bounces += q.bounces;
        }
        double dupX = 0;
        for (Particle q : dup) {
            dupX += q.x;
        }
        return new Object[] {sumX, bounces, e[17], e[19_999], grid, visits, local(10_000), scaled, dupX, moved[5], moved[19_000]};
    }

    static final double TOLERANCE = 1e-9;
}
