import io.jpar.Parallel;
import io.jpar.Target;

public class Cipher {
    static final int BLOCK = 8;

    /** 8-byte blocks: each iteration owns data[8 * b + c] for 0 <= c < 8, which is what moves between ranks. */
    @Parallel(target = Target.CLUSTER)
    static void encrypt(byte[] data, byte[] key) {
        int blocks = data.length / BLOCK;
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int b = from$; b < to$; b++) {
            for (int c = 0; c < BLOCK; c++) {
                data[BLOCK * b + c] = (byte) (data[BLOCK * b + c] ^ key[c] ^ b);
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Cipher.java:11", "Cipher.encrypt", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"data"}, new String[] {"key"}); byte[] data; byte[] key; JparLoop1(byte[] data, byte[] key) { this.data = data; this.key = key; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { data = m$.scatter(data, byte[].class, 8, 0, 8); data = m$.gather(data, byte[].class, 8, 0, 8); key = m$.broadcast(key); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, blocks, 1, new JparLoop1(data, key), new java.lang.Object[] {data}, new java.lang.Object[] {key});
    }

    /** Created just before the loop: every rank starts from the same zeros, so the lanes are only gathered. */
    @Parallel(target = Target.CLUSTER)
    static double[] interleave(double[] re, double[] im) {
        double[] out = new double[2 * re.length];
        final class JparLoop2 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            out[2 * i] = re[i];
            out[2 * i + 1] = im[i];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Cipher.java:22", "Cipher.interleave", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double[] out; double[] re; double[] im; JparLoop2(double[] out, double[] re, double[] im) { this.out = out; this.re = re; this.im = im; } JparLoop2() { } protected void move(io.jpar.runtime.cluster.Mover m$) { out = m$.gather(out, double[].class, 2, 0, 2); re = m$.scatter(re, 1, 0); im = m$.scatter(im, 1, 0); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop2.SITE, 0, re.length, 1, new JparLoop2(out, re, im));
        return out;
    }
} // rewritten by jpar from Cipher.java; see jpar:explain
