package io.jpar.fuzz.oracle;

import io.jpar.fuzz.gen.Program;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a compiled program's {@code fuzzRun()} in a class loader of its own (so every jpar loop site is new and
 * its first call really goes parallel), with {@code jpar.threads} set, on a thread of its own with a time limit.
 * The runtime's fallback warnings (expected when the harness passes aliased arrays) are kept off the console.
 */
final class ProgramRunner {

    /** What one run gave: the outputs, or the exception that escaped {@code fuzzRun()}, or nothing in time. */
    record Run(Object[] outputs, String thrown, boolean timedOut) {
        String describe() {
            return timedOut ? "did not finish in time" : thrown != null ? "threw " + thrown : "returned";
        }
    }

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final long timeoutMillis;

    ProgramRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs with {@code threads} jpar threads (0: leave the setting alone, for the original). */
    Run run(Map<String, byte[]> classes, String className, int threads) {
        return run(classes, className, threads, Map.of());
    }

    /** Runs with {@code threads} jpar threads and the system properties {@code settings} set for the run. */
    Run run(Map<String, byte[]> classes, String className, int threads, Map<String, String> settings) {
        Map<String, String> properties = new java.util.HashMap<>(settings);
        if (threads > 0) {
            properties.put("jpar.threads", Integer.toString(threads));
        }
        Map<String, String> previous = new java.util.HashMap<>();
        properties.keySet().forEach(k -> previous.put(k, System.getProperty(k)));
        PrintStream err = System.err;
        properties.forEach(System::setProperty);
        System.setErr(QUIET);
        FutureTask<Run> task = new FutureTask<>(() -> invoke(classes, className));
        Thread worker = new Thread(task, "jpar-fuzz-run");
        worker.setDaemon(true);
        try {
            worker.start();
            return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(worker);
            return new Run(null, null, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(worker);
            return new Run(null, "interrupted", false);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Run(null, "harness failure: " + cause, false);
        } finally {
            System.setErr(err);
            previous.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    private static Run invoke(Map<String, byte[]> classes, String className) throws ReflectiveOperationException {
        ClassLoader loader = new ClassLoader(ProgramRunner.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        Method run = loader.loadClass(className).getMethod(Program.RUN_METHOD);
        try {
            return new Run((Object[]) run.invoke(null), null, false);
        } catch (InvocationTargetException e) {
            return new Run(null, String.valueOf(e.getCause()), false);
        }
    }

    /** A runaway program would burn a core for the rest of the campaign; Thread.stop is the only way out. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        worker.interrupt();
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            // newer JDKs: the daemon thread is abandoned instead
        }
    }
}
