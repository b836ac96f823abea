package io.jpar.processor.analysis;

import java.util.Map;
import java.util.TreeMap;

/**
 * An integer expression {@code c + Σ k·s} over loop-invariant symbols {@code s} (each the source text of an
 * invariant expression: {@code n}, {@code half}, {@code a.length}), exact: null where a coefficient would leave
 * the range of a long.
 */
public record Linear(long constant, Map<String, Long> terms) {

    public Linear {
        terms = Map.copyOf(terms);
    }

    public static Linear of(long constant) {
        return new Linear(constant, Map.of());
    }

    public static Linear symbol(String text) {
        return new Linear(0, Map.of(text, 1L));
    }

    public boolean isConstant() {
        return terms.isEmpty();
    }

    /** {@code this + k·other}, or null on overflow. */
    public Linear plus(Linear other, long k) {
        if (other == null) {
            return null;
        }
        Map<String, Long> sum = sum(terms, other.terms, k);
        try {
            return sum == null ? null : new Linear(Math.addExact(constant, Math.multiplyExact(k, other.constant)), sum);
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** The coefficients {@code a + k·b}, zeros dropped; null on overflow. */
    static <K> Map<K, Long> sum(Map<K, Long> a, Map<K, Long> b, long k) {
        Map<K, Long> sum = new java.util.LinkedHashMap<>(a);
        try {
            for (Map.Entry<K, Long> t : b.entrySet()) {
                long v = Math.addExact(sum.getOrDefault(t.getKey(), 0L), Math.multiplyExact(k, t.getValue()));
                if (v == 0) {
                    sum.remove(t.getKey());
                } else {
                    sum.put(t.getKey(), v);
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return sum;
    }

    public Linear plus(Linear other) {
        return plus(other, 1);
    }

    public Linear minus(Linear other) {
        return plus(other, -1);
    }

    public Linear times(long k) {
        return of(0).plus(this, k);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Long> t : new TreeMap<>(terms).entrySet()) {
            long k = t.getValue();
            s.append(s.length() == 0 ? (k < 0 ? "-" : "") : (k < 0 ? " - " : " + "));
            if (Math.abs(k) != 1) {
                s.append(Math.abs(k)).append('*');
            }
            s.append(t.getKey().matches("[\\w.]+") ? t.getKey() : "(" + t.getKey() + ")");
        }
        if (constant != 0 || s.length() == 0) {
            s.append(s.length() == 0 ? Long.toString(constant) : (constant < 0 ? " - " : " + ") + Math.abs(constant));
        }
        return s.toString();
    }
}
