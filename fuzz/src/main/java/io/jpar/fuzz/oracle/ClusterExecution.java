package io.jpar.fuzz.oracle;

import io.jpar.launcher.Device;
import io.jpar.launcher.LaunchException;
import io.jpar.launcher.LaunchOptions;
import io.jpar.launcher.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CLUSTER target: jpar's versions of a batch's programs run as real cluster jobs on MPJ Express's multicore
 * device (ranks are threads of one JVM, each with its own class loader, so statics are per rank as on separate
 * JVMs), once with 2 ranks and once with 3. One job runs every program of the batch, so the job's start (about a
 * second) is paid once per batch: its main ({@link #MAIN}, generated) calls each program's {@code fuzzRun()} on
 * rank 0 and writes the outputs, serialized, to one file per program. A program whose file is missing when the
 * job ends (it hung, or killed the job) is the failure; the programs after it run again in a new job.
 */
final class ClusterExecution implements Execution {

    static final int[] RANKS = {2, 3};
    static final String MAIN = "JparFuzzBatch";
    /** What the runtime prints when a CLUSTER loop did not run as a cluster job: the oracle would test nothing. */
    static final String NOT_A_JOB = "not started as a cluster job";

    private static final String MAIN_SOURCE = """
            public final class JparFuzzBatch {
                public static void main(String[] args) throws Exception {
                    java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
                    for (int k = 1; k < args.length; k++) {
                        Object result;
                        try {
                            result = Class.forName(args[k]).getMethod("fuzzRun").invoke(null);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            result = String.valueOf(e.getCause());
                        }
                        java.nio.file.Path file = dir.resolve(args[k] + ".part");
                        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(java.nio.file.Files.newOutputStream(file))) {
                            o.writeObject(result);
                        }
                        java.nio.file.Files.move(file, dir.resolve(args[k] + ".out"));
                    }
                }
            }
            """;

    private final Path work;
    private final InMemoryCompiler compiler;
    private final long timeoutMillis;
    private Map<String, byte[]> mainClass;

    ClusterExecution(Path work, InMemoryCompiler compiler, long timeoutMillis) {
        this.work = work;
        this.compiler = compiler;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public List<Verdict> compare(List<Accepted> accepted) {
        Verdict[] verdicts = new Verdict[accepted.size()];
        try {
            Files.createDirectories(work);
            Path dir = Files.createTempDirectory(work, "cluster");
            Path classes = dir.resolve("classes");
            Files.createDirectories(classes);
            writeClasses(classes, main());
            for (Accepted a : accepted) {
                writeClasses(classes, a.parallel());
            }
            for (int np : RANKS) {
                List<Integer> pending = new ArrayList<>();
                for (int k = 0; k < accepted.size(); k++) {
                    if (verdicts[k] == null) {
                        pending.add(k);
                    }
                }
                int attempt = 0;
                while (!pending.isEmpty()) {
                    Path results = Files.createDirectories(dir.resolve("np" + np + "-" + attempt++));
                    List<String> names = pending.stream().map(k -> accepted.get(k).program().className()).toList();
                    Job job = runJob(classes, results, np, names);
                    List<Integer> next = new ArrayList<>();
                    for (int p = 0; p < pending.size(); p++) {
                        int k = pending.get(p);
                        Accepted a = accepted.get(k);
                        Path file = results.resolve(a.program().className() + ".out");
                        String where = " in a cluster job with np=" + np + " (multicore device)";
                        if (!Files.exists(file)) {
                            verdicts[k] = new Verdict(Outcome.MISCOMPILE, "the original returned, but jpar's version did not finish" + where
                                    + ": the job ended with exit code " + job.code + "; its output:\n" + tail(job.output));
                            next = pending.subList(p + 1, pending.size());
                            break;
                        }
                        Verdict bad = Execution.judgeRun(a, read(file), where);
                        if (bad == null && job.output.contains(NOT_A_JOB)) {
                            bad = new Verdict(Outcome.MISCOMPILE, "the CLUSTER loops did not run as a cluster job" + where + ":\n" + tail(job.output));
                        }
                        if (bad != null) {
                            verdicts[k] = bad;
                        }
                    }
                    pending = new ArrayList<>(next);
                }
            }
            Oracle.deleteQuietly(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the scratch folder " + work + ": " + e.getMessage(), e);
        }
        List<Verdict> out = new ArrayList<>();
        for (Verdict v : verdicts) {
            out.add(v == null ? new Verdict(Outcome.OK, "") : v);
        }
        return out;
    }

    private record Job(int code, String output) {
    }

    private Job runJob(Path classes, Path results, int np, List<String> programs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>();
        args.add(results.toString());
        args.addAll(programs);
        LaunchOptions options = new LaunchOptions()
                .np(np)
                .device(Device.MULTICORE)
                .classPath(classPath(classes))
                // threads inside each rank too, as a real job has; C1 only: the programs are small, the job's start counts
                .jvmOption("-Djpar.threads=2")
                .jvmOption("-Xmx768m")
                .jvmOption("-XX:TieredStopAtLevel=1")
                .jvmOption("-XX:+UseSerialGC")
                .timeoutSeconds(30 + programs.size() * Math.max(2, timeoutMillis / 4000))
                .mainClass(MAIN)
                .args(args)
                .out(sink)
                .err(sink);
        int code;
        try {
            code = Launcher.run(options);
        } catch (LaunchException e) {
            // MPJ Express missing or the like: no program can run, so none is to blame
            throw new IllegalStateException("jpar-fuzz cannot start a cluster job: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            sink.println("the launcher threw: " + e);
            code = -1;
        }
        return new Job(code, bytes.toString(StandardCharsets.UTF_8));
    }

    /**
     * Null when MPJ Express is where the launcher looks for it (JPAR_MPJ_HOME, MPJ_HOME, then ~/.jpar/mpj-0.44, as
     * docs/ARCHITECTURE.md says); otherwise what is missing, in words.
     */
    static String mpjMissing() {
        List<Path> homes = new ArrayList<>();
        for (String variable : List.of("JPAR_MPJ_HOME", "MPJ_HOME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                homes.add(Path.of(value));
            }
        }
        homes.add(Path.of(System.getProperty("user.home"), ".jpar", "mpj-0.44"));
        Path home = homes.get(0);
        return Files.isRegularFile(home.resolve("lib").resolve("mpj.jar")) ? null
                : "MPJ Express is not installed at " + home + " (run scripts/prerequisites.sh)";
    }

    /** The ranks' class path: the batch's classes, then jpar-runtime and the annotations as this JVM has them. */
    private static List<Path> classPath(Path classes) {
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(classes);
        entries.add(location(io.jpar.runtime.LoopSite.class));
        entries.add(location(io.jpar.Parallel.class));
        return new ArrayList<>(entries);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private synchronized Map<String, byte[]> main() {
        if (mainClass == null) {
            InMemoryCompiler.Compiled compiled = compiler.compile(Map.of(MAIN, MAIN_SOURCE));
            if (!compiled.failures().isEmpty()) {
                throw new IllegalStateException("the fuzzer's batch main does not compile: " + compiled.failures());
            }
            mainClass = compiled.classes();
        }
        return mainClass;
    }

    private static void writeClasses(Path dir, Map<String, byte[]> classes) throws IOException {
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            Path file = dir.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    /** What the job wrote for one program: its outputs, or the text of the exception that escaped {@code fuzzRun()}. */
    private static ProgramRunner.Run read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream o = new ObjectInputStream(in)) {
            Object result = o.readObject();
            return result instanceof Object[] outputs ? new ProgramRunner.Run(outputs, null, false)
                    : new ProgramRunner.Run(null, String.valueOf(result), false);
        } catch (ClassNotFoundException e) {
            return new ProgramRunner.Run(null, "outputs of an unexpected class: " + e.getMessage(), false);
        }
    }

    private static String tail(String output) {
        return output.length() <= 3000 ? output : "..." + output.substring(output.length() - 3000);
    }
}
