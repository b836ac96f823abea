import io.jpar.Parallel;

public class Nested {
    @Parallel
    static void grid(int[][] a) {
        for (@Parallel int i = 0; i < a.length; i++) {
            for (@Parallel int j = 0; j < a[i].length; j++) {
                a[i][j] = i + j;
            }
        }
    }
}
