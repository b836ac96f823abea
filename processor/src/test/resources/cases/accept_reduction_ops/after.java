import io.jpar.Parallel;

public class Ops {
    @Parallel
    static long mix(int[] a) {
        long product = 1;
        int and = -1;
        int or = 0;
        int xor = 0;
        long count = 0;
        int down = 100;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long product = this.product; int and = this.and; int or = this.or; int xor = this.xor; long count = this.count; int down = this.down; for (int i = from$; i < to$; i++) {
            product *= a[i] % 3 + 1;
            and &= a[i];
            or |= a[i];
            xor ^= a[i];
            count++;
            down -= a[i];
        } this.product = product; this.and = and; this.or = or; this.xor = xor; this.count = count; this.down = down; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Ops.java:12", "Ops.mix", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long product; int and; int or; int xor; long count; int down; JparLoop1(long product, int and, int or, int xor, long count, int down) { this.product = product; this.and = and; this.or = or; this.xor = xor; this.count = count; this.down = down; } protected JparLoop1 fresh() { return new JparLoop1(1L, -1, 0, 0, 0L, 0); } protected void merge(JparLoop1 later) { product *= later.product; and &= later.and; or |= later.or; xor ^= later.xor; count += later.count; down += later.down; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(product, and, or, xor, count, down)); product = jpar$1.product; and = jpar$1.and; or = jpar$1.or; xor = jpar$1.xor; count = jpar$1.count; down = jpar$1.down;
        return product + and + or + xor + count + down;
    }
} // rewritten by jpar from Ops.java; see jpar:explain
