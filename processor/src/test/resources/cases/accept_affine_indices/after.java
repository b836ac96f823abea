import io.jpar.Parallel;

class Affine {
    static final int B = 8;

    @Parallel
    static void lanes(int n, double[] a, double[] x) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[2 * i] = x[i];
            a[2 * i + 1] = a[2 * i] * 2;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Affine.java:8", "Affine.lanes", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {"x"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {x});
    }

    @Parallel
    static void blocks(byte[] data, int blocks) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int b = from$; b < to$; b++) {
            int base = B * b;
            for (int c = 0; c < B; c++) {
                data[base + c] ^= (byte) c;
            }
            data[base] = data[base + B - 1];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Affine.java:16", "Affine.blocks", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, blocks, 1, new JparLoop2());
    }

    @Parallel
    static void butterflies(double[] re, int half) {
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i += 2 * half) {
            for (int k = 0; k < half; k++) {
                double u = re[i + k];
                double v = re[i + k + half];
                re[i + k] = u + v;
                re[i + k + half] = u - v;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Affine.java:27", "Affine.butterflies", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 0, re.length, 2 * half, new JparLoop3());
    }
} // rewritten by jpar from Affine.java; see jpar:explain
