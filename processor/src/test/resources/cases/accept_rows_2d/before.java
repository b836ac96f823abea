import io.jpar.Parallel;

public class Rows {
    @Parallel
    static void normalise(double[][] a) {
        for (int i = 0; i < a.length; i++) {
            double[] row = a[i];
            double total = 0;
            for (int j = 0; j < row.length; j++) {
                total += row[j];
            }
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] / total;
            }
        }
    }
}
