import io.jpar.Parallel;

public class LabelledContinue {
    // continue rows ends row i's iteration: the rest of the row keeps its old values
    @Parallel
    static int[][] clampRows(int[][] a) {
        rows:
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] < 0) {
                    continue rows;
                }
                a[i][j] = a[i][j] % 7;
            }
        }
        return a;
    }

    public static Object result() {
        int[][] a = new int[2000][50];
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int[] row : a) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextInt(-3, 1000);
            }
        }
        return clampRows(a);
    }
}
