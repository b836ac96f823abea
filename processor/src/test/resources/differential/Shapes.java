import io.jpar.Parallel;
import io.jpar.Schedule;

public class Shapes {
    private final int factor;

    Shapes(int factor) {
        this.factor = factor;
    }

    @Parallel
    static void downByThree(int[] a) {
        for (int i = a.length - 1; i > 0; i -= 3) {
            a[i] = i * 7;
        }
    }

    @Parallel(schedule = Schedule.GUIDED)
    static long longIndex(long n) {
        long sum = 0;
        for (long i = 5; i <= n; i = i + 2) {
            sum += i % 13;
        }
        return sum;
    }

    @Parallel
    static void rowMajor(double[] m, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i * cols + j] = m[i * cols + j] * 2 + i - j;
            }
        }
    }

    @Parallel
    static void offsets(int[] a, int[] b) {
        for (int i = 0; i < b.length - 1; i++) {
            a[i + 1] = b[i] + b[i + 1];
        }
    }

    @Parallel
    static void captured(int[] a, int base) {
        int shift = 0;
        if (base > 10) {
            shift = base;
        }
        base++;
        for (int i = 0; i < a.length; i++) {
            a[i] = i + shift + base;
        }
    }

    @Parallel
    void instance(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = this.factor * i + weight(i);
        }
    }

    int weight(int i) {
        return i % factor;
    }

    @Parallel(schedule = Schedule.STATIC)
    static long marked(int[] a, int n) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = -a[i];
        }
        for (@Parallel(schedule = Schedule.DYNAMIC, chunk = 100) int i = n; i > 0; --i) {
            sum += (long) i * i;
        }
        return sum;
    }

    @Parallel
    static void normaliseRows(double[][] a) {
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

    @Parallel
    static void mirror(int[] a, int[] b) {
        int n = a.length - 1;
        for (int i = 0; i <= n; i++) {
            a[n - i] = b[i] * 3;
        }
    }

    public static Object result() {
        int[] a = new int[100_000];
        downByThree(a);
        long l = longIndex(3_000_000L);
        double[] m = new double[300 * 400];
        for (int k = 0; k < m.length; k++) {
            m[k] = k * 0.5;
        }
        rowMajor(m, 300, 400);
        int[] b = new int[200_000];
        for (int k = 0; k < b.length; k++) {
            b[k] = k * 31 % 1000;
        }
        int[] o = new int[200_000];
        offsets(o, b);
        int[] c = new int[100_000];
        captured(c, 12);
        int[] d = new int[100_000];
        new Shapes(5).instance(d);
        int[] e = new int[100_000];
        java.util.Arrays.fill(e, 3);
        long mk = marked(e, 200_000);
        double[][] rows = new double[500][300];
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 300; j++) {
                rows[i][j] = 1 + i + j;
            }
        }
        normaliseRows(rows);
        int[] mirrored = new int[b.length];
        mirror(mirrored, b);
        return new Object[] {a, l, m, o, c, d, e, mk, rows, mirrored};
    }
}
