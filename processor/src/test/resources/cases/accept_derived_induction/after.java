import io.jpar.Parallel;

public class Image {

    // row[k++] over a rectangular nest: k is y * w + x, found by jpar and started per iteration
    @Parallel
    static float[] flatten(float[][] img, int h, int w) {
        float[] row = new float[h * w];
        int k = 0;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { int k = 0; for (int y = from$; y < to$; y++) { k = (int) (this.k + ((long) y - (0)) / (1) * (io.jpar.runtime.cpu.Trips.inner(io.jpar.runtime.Relation.LT, 0, w, 1))); {
            for (int x = 0; x < w; x++) {
                row[k++] = img[y][x] * 0.5f;
            }
        } } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Image.java:10", "Image.flatten", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); final int k; JparLoop1(int k) { this.k = k; } } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, h, 1, new JparLoop1(k));
        return row;
    }

    // a counter read and then counted, from an offset, and by twos; read after the loop
    @Parallel
    static int pack(double[] out, int n, int m) {
        int k = 4;
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { int k = 0; for (int i = from$; i < to$; i++) { k = (int) (this.k + ((long) i - (0)) / (1) * (2 * io.jpar.runtime.cpu.Trips.inner(io.jpar.runtime.Relation.LT, 0, m, 1))); {
            for (int j = 0; j < m; j++) {
                out[k] = i - j + k;
                k += 2;
            }
        } } this.k$last = k; this.k$set = true; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Image.java:22", "Image.pack", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); final int k; JparLoop2(int k) { this.k = k; } int k$last; boolean k$set; protected JparLoop2 fresh() { return new JparLoop2(k); } protected void merge(JparLoop2 later) { if (later.k$set) { this.k$last = later.k$last; this.k$set = true; } } } JparLoop2 jpar$2 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, n, 1, new JparLoop2(k)); if (jpar$2.k$set) k = jpar$2.k$last;
        return k;
    }
} // rewritten by jpar from Image.java; see jpar:explain
