import io.jpar.Parallel;
import java.io.IOException;
import java.io.UncheckedIOException;

public class Records {
    @Parallel
    static long total(int[] sizes) {
        long total = 0;
        try {
            for (int i = 0; i < sizes.length; i++) {
                total += read(sizes[i]);
            }
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
}
