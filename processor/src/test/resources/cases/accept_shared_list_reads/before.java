import io.jpar.Parallel;

import java.util.List;

public class Unknown {
    @Parallel
    static void copy(List<Integer> source, int[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = source.get(i);
        }
    }
}
