import io.jpar.Parallel;

public class Tracer {

    static final class Vec {
        double x, y, z;

        void set(double a, double b, double c) {
            x = a;
            y = b;
            z = c;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }
    }

    // a temporary held in a final field: each block makes its own, and the field gets the last iteration's values
    private final Vec ray = new Vec();

    @Parallel
    void render(double[] img, double[] dx, double[] dy) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { Vec ray = new Vec(); for (int p = from$; p < to$; p++) {
            ray.set(dx[p], dy[p], 1.0);
            img[p] = 1.0 / Math.sqrt(ray.dot(ray));
        } this.ray$last = ray; this.ray$set = true; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Tracer.java:24", "Tracer.render", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); Vec ray$last; boolean ray$set; protected JparLoop1 fresh() { return new JparLoop1(); } protected void merge(JparLoop1 later) { if (later.ray$set) { this.ray$last = later.ray$last; this.ray$set = true; } } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, img.length, 1, new JparLoop1()); if (jpar$1.ray$set) { this.ray.x = jpar$1.ray$last.x; this.ray.y = jpar$1.ray$last.y; this.ray.z = jpar$1.ray$last.z; }
    }
} // rewritten by jpar from Tracer.java; see jpar:explain
