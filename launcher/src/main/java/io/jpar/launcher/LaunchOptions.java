package io.jpar.launcher;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What {@link Launcher#run} starts: {@code np} ranks of {@code mainClass} on a device. Set with the fluent
 * setters or parsed from the command line ({@link #parse}); {@link Launcher#run} checks them.
 */
public final class LaunchOptions {

    /** The command line's syntax, printed with every option error. */
    public static final String USAGE = "usage: java -jar jpar-launcher.jar -np N [-dev multicore|niodev|hybdev] "
            + "[-machines FILE] [-timeout SECONDS] [-silence SECONDS] [-cp CLASSPATH] [-mpjHome DIR] [-host ADDRESS] "
            + "[-J<jvm option>]... MainClass [args...]";

    /** How long a rank may go without a heartbeat before its job is ended. */
    public static final long DEFAULT_SILENCE_SECONDS = 60;

    private int np = 1;
    private Device device = Device.NIODEV;
    private Path machines;
    private long timeoutSeconds;
    private long silenceSeconds = DEFAULT_SILENCE_SECONDS;
    private String classPath;
    private Path mpjHome;
    private String host = "127.0.0.1";
    private final List<String> jvmOptions = new ArrayList<>();
    private String mainClass;
    private final List<String> args = new ArrayList<>();
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private IntFunction<List<String>> rankPrefix = rank -> List.of();
    private String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private long stopGraceMillis = 10_000;

    /** Reads the command line; throws {@link LaunchException} with the usage on a bad option. */
    public static LaunchOptions parse(String... argv) {
        LaunchOptions o = new LaunchOptions();
        int k = 0;
        boolean npGiven = false;
        while (k < argv.length && argv[k].startsWith("-")) {
            String option = argv[k];
            if (option.startsWith("-J") && option.length() > 2) {
                o.jvmOptions.add(option.substring(2));
                k++;
                continue;
            }
            if (k + 1 >= argv.length) {
                throw new LaunchException("option " + option + " needs a value\n" + USAGE);
            }
            String value = argv[k + 1];
            switch (option) {
                case "-np" -> {
                    o.np(parseInt("-np", value));
                    npGiven = true;
                }
                case "-dev" -> o.device(Device.parse(value));
                case "-machines", "-machinesfile" -> o.machines(Path.of(value));
                case "-timeout" -> o.timeoutSeconds(parseInt("-timeout", value));
                case "-silence" -> o.silenceSeconds(parseInt("-silence", value));
                case "-cp", "-classpath" -> o.classPath(value);
                case "-mpjHome" -> o.mpjHome(Path.of(value));
                case "-host" -> o.host(value);
                default -> throw new LaunchException("unknown option " + option + "\n" + USAGE);
            }
            k += 2;
        }
        if (!npGiven) {
            throw new LaunchException("-np N (the number of ranks) is missing\n" + USAGE);
        }
        if (k >= argv.length) {
            throw new LaunchException("the main class is missing\n" + USAGE);
        }
        o.mainClass(argv[k]);
        o.args(List.of(argv).subList(k + 1, argv.length));
        return o;
    }

    private static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LaunchException(option + " needs a whole number, got '" + value + "'\n" + USAGE);
        }
    }

    /** Checks the options that do not depend on the machine; {@link Launcher#run} calls it. */
    void validate() {
        if (np < 1) {
            throw new LaunchException("-np must be at least 1, got " + np);
        }
        if (timeoutSeconds < 0) {
            throw new LaunchException("-timeout must be 0 (none) or a number of seconds, got " + timeoutSeconds);
        }
        if (silenceSeconds < 0) {
            throw new LaunchException("-silence must be 0 (no limit) or a number of seconds, got " + silenceSeconds);
        }
        if (mainClass == null || mainClass.isBlank()) {
            throw new LaunchException("the main class is missing\n" + USAGE);
        }
        if (machines != null && !Files.isRegularFile(machines)) {
            throw new LaunchException("machines file " + machines + " not found");
        }
        if (device == Device.HYBDEV && machines == null) {
            throw new LaunchException("-dev hybdev runs only through MPJ Express's daemons, with -machines FILE "
                    + "(its starter needs them to place ranks on hosts); for a local job use -dev niodev or "
                    + "-dev multicore");
        }
        if (device == Device.MULTICORE && machines != null) {
            throw new LaunchException("-dev multicore runs every rank in one JVM on this host; it does not take "
                    + "-machines (use -dev niodev or hybdev)");
        }
    }

    public LaunchOptions np(int np) {
        this.np = np;
        return this;
    }

    public LaunchOptions device(Device device) {
        this.device = Objects.requireNonNull(device, "device");
        return this;
    }

    /** Hosts running MPJ Express daemons, one per line: the job is started by MPJ's own starter on them. */
    public LaunchOptions machines(Path machines) {
        this.machines = machines;
        return this;
    }

    /** Seconds after which every rank is stopped and the job fails; 0 for none. */
    public LaunchOptions timeoutSeconds(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
        return this;
    }

    /**
     * Seconds a rank of a local job may go without a heartbeat (stopped, frozen) before the job is ended with that
     * rank named; 0 for no limit. Default {@value #DEFAULT_SILENCE_SECONDS}.
     */
    public LaunchOptions silenceSeconds(long silenceSeconds) {
        this.silenceSeconds = silenceSeconds;
        return this;
    }

    /** The ranks' class path: the user's classes and jpar-runtime (MPJ Express is added by the launcher). */
    public LaunchOptions classPath(String classPath) {
        this.classPath = classPath;
        return this;
    }

    public LaunchOptions classPath(List<Path> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(p -> names.add(p.toString()));
        return classPath(String.join(File.pathSeparator, names));
    }

    public LaunchOptions mpjHome(Path mpjHome) {
        this.mpjHome = mpjHome;
        return this;
    }

    /** The address of this host that niodev ranks connect to for the rendezvous (default 127.0.0.1). */
    public LaunchOptions host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    public LaunchOptions jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public LaunchOptions mainClass(String mainClass) {
        this.mainClass = mainClass;
        return this;
    }

    public LaunchOptions args(List<String> args) {
        this.args.clear();
        this.args.addAll(args);
        return this;
    }

    /** Where the job's standard output goes (rank 0's as is, the others' with {@code [rank r] }). */
    public LaunchOptions out(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
        return this;
    }

    /** Where the job's standard error and the launcher's messages go. */
    public LaunchOptions err(PrintStream err) {
        this.err = Objects.requireNonNull(err, "err");
        return this;
    }

    /**
     * A command that each niodev rank's JVM runs under, e.g. {@code rank -> List.of("ip", "netns", "exec",
     * "ns" + rank % 2)}; the command must exec the JVM (so that stopping it stops the rank).
     */
    public LaunchOptions rankPrefix(IntFunction<List<String>> rankPrefix) {
        this.rankPrefix = Objects.requireNonNull(rankPrefix, "rankPrefix");
        return this;
    }

    /** The java executable of the ranks (default: the launcher's own). */
    public LaunchOptions java(String java) {
        this.java = Objects.requireNonNull(java, "java");
        return this;
    }

    /** How long the other ranks may take to end after rank 0 ended successfully (default 10 s). */
    public LaunchOptions stopGraceMillis(long millis) {
        this.stopGraceMillis = millis;
        return this;
    }

    public int np() {
        return np;
    }

    public Device device() {
        return device;
    }

    public Path machines() {
        return machines;
    }

    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    public long silenceSeconds() {
        return silenceSeconds;
    }

    /** The class path given, else {@code CLASSPATH}, else the working directory. */
    public String classPath() {
        if (classPath != null) {
            return classPath;
        }
        String env = System.getenv("CLASSPATH");
        return env != null && !env.isBlank() ? env : ".";
    }

    public Path mpjHome() {
        return mpjHome;
    }

    public String host() {
        return host;
    }

    public List<String> jvmOptions() {
        return List.copyOf(jvmOptions);
    }

    public String mainClass() {
        return mainClass;
    }

    public List<String> args() {
        return List.copyOf(args);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public IntFunction<List<String>> rankPrefix() {
        return rankPrefix;
    }

    public String java() {
        return java;
    }

    public long stopGraceMillis() {
        return stopGraceMillis;
    }
}
