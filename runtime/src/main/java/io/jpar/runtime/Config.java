package io.jpar.runtime;

import java.util.Locale;

/**
 * jpar's settings, read in this order: system property, then environment variable, then the annotation.
 * They are read when they are needed (the thread count once per parallel call, the fallback rule when a
 * fallback happens), so a program may change them while it runs; {@code jpar.stats} is read once, when the
 * first loop site is created, because it decides whether a table is printed at exit.
 */
public final class Config {

    /** System property and environment variable for the thread count. */
    public static final String THREADS_PROPERTY = "jpar.threads";
    public static final String THREADS_ENV = "JPAR_THREADS";
    /** What to do when a loop cannot run where it was meant to: {@code warn} (default) or {@code error}. */
    public static final String FALLBACK_PROPERTY = "jpar.fallback";
    public static final String FALLBACK_ENV = "JPAR_FALLBACK";
    /** {@code true} prints per-loop statistics to stderr at exit. */
    public static final String STATS_PROPERTY = "jpar.stats";
    public static final String STATS_ENV = "JPAR_STATS";

    /** ForkJoinPool's limit on parallelism, plus the calling thread. */
    public static final int MAX_THREADS = 32767;

    private Config() {
    }

    /** The fallback rule in force. */
    public enum Fallback {
        /** Run the loop another way (sequentially, on the CPU) and print one warning line per loop. */
        WARN,
        /** Throw {@link IllegalStateException} instead of falling back. */
        ERROR
    }

    /**
     * Threads for a loop: the property, else the environment variable, else {@code annotated} when it is
     * positive, else the available processors.
     *
     * @throws IllegalArgumentException naming the setting and its value when it is not an integer in
     *                                  1..{@value #MAX_THREADS}
     */
    public static int threads(int annotated) {
        String value = System.getProperty(THREADS_PROPERTY);
        if (isSet(value)) {
            return parseThreads("system property " + THREADS_PROPERTY, value);
        }
        value = System.getenv(THREADS_ENV);
        if (isSet(value)) {
            return parseThreads("environment variable " + THREADS_ENV, value);
        }
        if (annotated > 0) {
            return annotated;
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /** The thread count for a loop site, see {@link #threads(int)}. */
    public static int threads(LoopSite site) {
        return threads(site.threads());
    }

    /**
     * The fallback rule in force.
     *
     * @throws IllegalArgumentException naming the setting and its value when it is neither warn nor error
     */
    public static Fallback fallback() {
        String source = "system property " + FALLBACK_PROPERTY;
        String value = System.getProperty(FALLBACK_PROPERTY);
        if (!isSet(value)) {
            source = "environment variable " + FALLBACK_ENV;
            value = System.getenv(FALLBACK_ENV);
        }
        if (!isSet(value)) {
            return Fallback.WARN;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "warn": return Fallback.WARN;
            case "error": return Fallback.ERROR;
            default:
                throw new IllegalArgumentException(
                        "jpar: " + source + " must be warn or error, got '" + value + "'");
        }
    }

    /**
     * Whether statistics are printed at exit. An unknown value prints one warning line and counts as false:
     * it is read while a class initializes, where an exception would make the user's class unusable.
     */
    static boolean stats() {
        String source = "system property " + STATS_PROPERTY;
        String value = System.getProperty(STATS_PROPERTY);
        if (!isSet(value)) {
            source = "environment variable " + STATS_ENV;
            value = System.getenv(STATS_ENV);
        }
        if (!isSet(value)) {
            return false;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true": return true;
            case "false": return false;
            default:
                System.err.println("jpar: warning: " + source + " must be true or false, got '" + value
                        + "'; statistics are off");
                return false;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static int parseThreads(String source, String value) {
        int threads;
        try {
            threads = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "jpar: " + source + " must be a positive integer (a thread count), got '" + value + "'");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("jpar: " + source + " must be a thread count from 1 to "
                    + MAX_THREADS + ", got '" + value + "'");
        }
        return threads;
    }
}
