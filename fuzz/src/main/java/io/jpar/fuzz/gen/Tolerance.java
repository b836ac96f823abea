package io.jpar.fuzz.gen;

/**
 * How far a floating-point output may move when jpar reassociates a reduction: {@code |a - b| <= absolute +
 * relative * max(|a|, |b|)}. The generator derives both from the number of terms and a bound on their
 * magnitudes (a sum of N terms each at most B, started at I, is off by at most about N * (N * B + |I|) * ulp(1)).
 */
public record Tolerance(double absolute, double relative) {

    public boolean allows(double expected, double actual) {
        if (Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual)) {
            return true;
        }
        if (Double.isNaN(expected) || Double.isNaN(actual) || Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return false;
        }
        double bound = absolute + relative * Math.max(Math.abs(expected), Math.abs(actual));
        return Math.abs(expected - actual) <= bound;
    }

    /** The bound for a sum of {@code terms} terms each at most {@code magnitude}, started at {@code initial}. */
    public static Tolerance forSum(long terms, double magnitude, double initial, boolean singlePrecision) {
        double unit = singlePrecision ? 0x1p-24 : 0x1p-53;
        return new Tolerance(4.0 * (terms + 1) * ((terms + 1) * magnitude + Math.abs(initial)) * unit, 0);
    }

    /**
     * The bound for a product of {@code factors} factors: rounding errors are relative while the partial products
     * are normal numbers; once a product sinks below the smallest normal number (long products of factors near
     * 1 do), reassociation may flush one order of evaluation to zero and not the other, so an absolute term of
     * the smallest normal number per factor covers that.
     */
    public static Tolerance forProduct(long factors, boolean singlePrecision) {
        double unit = singlePrecision ? 0x1p-24 : 0x1p-53;
        double smallest = singlePrecision ? Float.MIN_NORMAL : Double.MIN_NORMAL;
        return new Tolerance(4.0 * (factors + 1) * smallest, 4.0 * (factors + 1) * unit);
    }

    public Tolerance times(double factor) {
        return new Tolerance(absolute * factor, relative * factor);
    }
}
