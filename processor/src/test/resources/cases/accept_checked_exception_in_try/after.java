import io.jpar.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;

public class Records {
    @Parallel
    static long total(int[] sizes) {
        long total = 0;
        try {
            final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long total = this.total; for (int i = from$; i < to$; i++) {
                total += read(sizes[i]);
            } this.total = total; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Records.java:10", "Records.total", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long total; JparLoop1(long total) { this.total = total; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { total += later.total; } } total = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, sizes.length, 1, new JparLoop1(total)).total; if (false) throw (IOException) null; if (false) throw (IllegalStateException) null;
        } catch (IOException | IllegalStateException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return total;
    }

    static long read(int size) throws IOException {
        if (size < 0) {
            throw new IOException("negative size " + size);
        }
        return size;
    }
} // rewritten by jpar from Records.java; see jpar:explain
