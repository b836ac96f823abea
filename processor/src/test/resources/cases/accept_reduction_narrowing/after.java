import io.jpar.Parallel;

public class Narrow {
    @Parallel
    static float narrow(int[] a) {
        byte b = 0;
        short s = 0;
        char c = 'a';
        float f = 0f;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { byte b = this.b; short s = this.s; char c = this.c; float f = this.f; for (int i = from$; i < to$; i++) {
            b += a[i];
            s += a[i];
            c += 1;
            f += a[i] * 0.25;
        } this.b = b; this.s = s; this.c = c; this.f = f; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Narrow.java:10", "Narrow.narrow", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); byte b; short s; char c; float f; JparLoop1(byte b, short s, char c, float f) { this.b = b; this.s = s; this.c = c; this.f = f; } protected JparLoop1 fresh() { return new JparLoop1((byte) 0, (short) 0, (char) 0, -0.0f); } protected void merge(JparLoop1 later) { b += later.b; s += later.s; c += later.c; f += later.f; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(b, s, c, f)); b = jpar$1.b; s = jpar$1.s; c = jpar$1.c; f = jpar$1.f;
        return b + s + c + f;
    }
} // rewritten by jpar from Narrow.java; see jpar:explain
