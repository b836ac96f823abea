package io.jpar.runtime.gpu;

/**
 * Combines a reduction's value from before the loop (the prototype's) with the work-groups' partials, on the
 * host, in group order: the prototype's value first. A fixed device and trip count give the same groups, so a
 * floating result is the same on every run.
 */
final class Combine {

    private Combine() {
    }

    /**
     * For every integral type and boolean, widened to long (char unsigned, boolean 0/1): +, *, &amp;, |, ^ wrap
     * the same modulo 2^64 as modulo the type's width, so the caller's narrowing cast gives Java's result.
     */
    static long integral(long value, KernelArgs.Reduction r) {
        long acc = value;
        for (int g = 0; g < r.groups; g++) {
            long p = r.type.integral(r.partials, g);
            switch (r.op) {
                case ADD: acc += p; break;
                case MUL: acc *= p; break;
                case AND: acc &= p; break;
                case OR: acc |= p; break;
                case XOR: acc ^= p; break;
                case MIN: acc = Math.min(acc, p); break;
                default: acc = Math.max(acc, p); break;
            }
        }
        return acc;
    }

    static float floats(float value, KernelArgs.Reduction r) {
        float acc = value;
        for (int g = 0; g < r.groups; g++) {
            float p = r.partials.getFloat(g * Float.BYTES);
            switch (r.op) {
                case ADD: acc += p; break;
                case MUL: acc *= p; break;
                case MIN: acc = Math.min(acc, p); break;
                default: acc = Math.max(acc, p); break;
            }
        }
        return acc;
    }

    static double doubles(double value, KernelArgs.Reduction r) {
        double acc = value;
        for (int g = 0; g < r.groups; g++) {
            double p = r.partials.getDouble(g * Double.BYTES);
            switch (r.op) {
                case ADD: acc += p; break;
                case MUL: acc *= p; break;
                case MIN: acc = Math.min(acc, p); break;
                default: acc = Math.max(acc, p); break;
            }
        }
        return acc;
    }
}
