package io.jpar.samples.gpu;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.SampleMain;

import java.util.Arrays;

/**
 * The Mandelbrot set, the compute-heavy kernel: for each pixel, how many steps of z = z^2 + c it takes |z| to
 * pass 2 (at most {@code maxSteps}). Pixels are independent and cost very different amounts of work, the usual
 * first GPU program. Every step is + - * on doubles, which OpenCL rounds as Java does when nothing is contracted
 * into a fused multiply-add, so the device's picture equals the sequential one pixel for pixel.
 */
public final class GpuMandelbrot {

    /** The part of the complex plane drawn: real parts [X_MIN, X_MAX], imaginary parts [Y_MIN, Y_MAX]. */
    static final double X_MIN = -2.0;
    static final double X_MAX = 0.5;
    static final double Y_MIN = -1.25;
    static final double Y_MAX = 1.25;

    private GpuMandelbrot() {
    }

    /** The escape step of every pixel of a {@code width} x {@code height} picture, row by row. */
    @Parallel(target = Target.GPU, collapse = 2)
    public static int[][] escapeSteps(int width, int height, int maxSteps) {
        int[][] steps = new int[height][width];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                double x = X_MIN + (X_MAX - X_MIN) * column / width;
                double y = Y_MAX - (Y_MAX - Y_MIN) * row / height;
                steps[row][column] = escapeStep(x, y, maxSteps);
            }
        }
        return steps;
    }

    /** The same loops without {@code @Parallel}: the sequential reference. */
    public static int[][] escapeStepsSequentially(int width, int height, int maxSteps) {
        int[][] steps = new int[height][width];
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                double x = X_MIN + (X_MAX - X_MIN) * column / width;
                double y = Y_MAX - (Y_MAX - Y_MIN) * row / height;
                steps[row][column] = escapeStep(x, y, maxSteps);
            }
        }
        return steps;
    }

    /** How many steps z = z^2 + (x + iy), from z = 0, stay within |z| &lt;= 2; {@code maxSteps} if all do. */
    static int escapeStep(double x, double y, int maxSteps) {
        double re = 0.0;
        double im = 0.0;
        int step = 0;
        while (step < maxSteps && re * re + im * im <= 4.0) {
            double nextRe = re * re - im * im + x;
            im = 2.0 * re * im + y;
            re = nextRe;
            step++;
        }
        return step;
    }

    /** How many pixels are in the set (never escaped): a summary to print. */
    static long inside(int[][] steps, int maxSteps) {
        return Arrays.stream(steps).flatMapToInt(Arrays::stream).filter(s -> s == maxSteps).count();
    }

    public static void main(String[] args) {
        int width = SampleMain.size(args, 1_024);
        int height = width * 4 / 5;
        int maxSteps = 1_000;
        int[][] device = escapeSteps(width, height, maxSteps);
        int[][] sequential = Jpar.sequential(() -> escapeStepsSequentially(width, height, maxSteps));
        SampleMain.report(String.format("%d x %d picture, %,d pixels in the set", width, height,
                inside(device, maxSteps)), Arrays.deepEquals(device, sequential),
                String.format("%,d pixels in the set", inside(sequential, maxSteps)));
    }
}
