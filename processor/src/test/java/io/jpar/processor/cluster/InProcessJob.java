package io.jpar.processor.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A real cluster job of {@code np} ranks inside this JVM, the way MPJ Express's multicore device runs one: each
 * rank a thread with a class loader of its own (so jpar's runtime, and its static job state, is per rank), joined
 * by {@link InProcessTransport} instead of MPJ's sockets. Rank 0 calls the program's {@code result()}; the others
 * serve its calls with jpar's own {@code ClusterJob.serve()}. Everything between {@code ClusterLoops} and the
 * transport (the protocol, {@code move}, scatter, gather, reduce) is the production code.
 */
final class InProcessJob {

    private static final long TIMEOUT_SECONDS = 120;

    private InProcessJob() {
    }

    /**
     * What rank 0's {@code result()} returned, or the exception it threw (as "type: message"), and whether rank 1
     * sent rank 0 anything (a block's results): proof that the loops ran across ranks.
     */
    record Outcome(Object value, String thrown, boolean rank1Replied) {
    }

    static Outcome run(Map<String, byte[]> program, String mainClass, int np) throws Exception {
        Map<String, BlockingQueue<Object>> hub = new ConcurrentHashMap<>();
        ExecutorService ranks = Executors.newFixedThreadPool(np);
        try {
            Future<?>[] served = new Future<?>[np];
            ClassLoader[] loaders = new ClassLoader[np];
            for (int r = 0; r < np; r++) {
                loaders[r] = new RankLoader(program);
                Class<?> job = loaders[r].loadClass("io.jpar.runtime.cluster.ClusterJob");
                Class<?> transport = loaders[r].loadClass("io.jpar.runtime.cluster.Transport");
                Object t = Proxy.newProxyInstance(loaders[r], new Class<?>[] {transport}, new InProcessTransport(r, np, hub));
                job.getMethod("start", transport).invoke(null, t);
            }
            for (int r = 1; r < np; r++) {
                Method serve = loaders[r].loadClass("io.jpar.runtime.cluster.ClusterJob").getMethod("serve");
                served[r] = ranks.submit(() -> {
                    serve.invoke(null);
                    return null;
                });
            }
            Future<Outcome> main = ranks.submit(() -> {
                Method result = loaders[0].loadClass(mainClass).getMethod("result");
                Method stop = loaders[0].loadClass("io.jpar.runtime.cluster.ClusterJob").getMethod("stop", long.class);
                try {
                    return new Outcome(result.invoke(null), null, false);
                } catch (InvocationTargetException e) {
                    Throwable c = e.getCause();
                    return new Outcome(null, c.getClass().getName() + ": " + c.getMessage(), false);
                } finally {
                    stop.invoke(null, 10_000L);
                }
            });
            Outcome outcome = main.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (int r = 1; r < np; r++) {
                served[r].get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            boolean replied = hub.keySet().stream().anyMatch(k -> k.startsWith("1>0#"));
            return new Outcome(outcome.value(), outcome.thrown(), replied);
        } finally {
            ranks.shutdownNow();
        }
    }

    /**
     * A rank's class loader: jpar's runtime and annotations and the program are defined here (child first), so each
     * rank has its own copies and static state; the JDK (and the test) come from the parent.
     */
    private static final class RankLoader extends ClassLoader {
        private final Map<String, byte[]> program;

        RankLoader(Map<String, byte[]> program) {
            super(InProcessJob.class.getClassLoader());
            this.program = program;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] bytes = program.get(name);
                    if (bytes == null && ownedPerRank(name)) {
                        bytes = parentBytes(name);
                    }
                    c = bytes == null ? super.loadClass(name, false) : defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        private static boolean ownedPerRank(String name) {
            return name.startsWith("io.jpar.") && !name.startsWith("io.jpar.processor.");
        }

        private byte[] parentBytes(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
