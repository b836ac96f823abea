package io.jpar.maven;

import io.jpar.launcher.Device;
import io.jpar.launcher.LaunchException;
import io.jpar.launcher.LaunchOptions;
import io.jpar.launcher.Launcher;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs the project's program as a CLUSTER job on MPJ Express: {@code mvn package jpar:run -Djpar.np=4
 * -Djpar.mainClass=demo.Main}. Rank 0 runs {@code main}; the other ranks serve its cluster loops. The class path
 * is the project's runtime class path (its classes and dependencies), so run it after {@code package} (or
 * {@code compile}).
 *
 * <p>The job is started by jpar's launcher, inside Maven's JVM: local jobs need no MPJ daemon and use ephemeral
 * ports. Every {@code -Djpar.*} property given to Maven ({@code jpar.threads}, {@code jpar.fallback},
 * {@code jpar.stats}, ...) reaches every rank as a system property. The build fails with the job's exit code when
 * a rank fails: the first failing rank's code, 1 for an exception (whose stack trace the rank printed).
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends AbstractMojo {

    /** The launcher's exit code for a job stopped at its timeout. */
    static final int TIMED_OUT = 124;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The number of ranks, at least 1. */
    @Parameter(property = "jpar.np")
    private String np;

    /** The class whose {@code main} rank 0 runs. */
    @Parameter(property = "jpar.mainClass")
    private String mainClass;

    /** {@code niodev} (one JVM per rank, the default), {@code multicore} (ranks as threads) or {@code hybdev}. */
    @Parameter(property = "jpar.device", defaultValue = "niodev")
    private String device;

    /**
     * A file naming the hosts that run MPJ Express daemons, one per line; without it every rank runs on this
     * machine, without a daemon.
     */
    @Parameter(property = "jpar.machines")
    private File machines;

    /** Seconds after which the whole job is stopped and fails (exit code 124); none when not given. */
    @Parameter(property = "jpar.timeout")
    private String timeout;

    /**
     * Seconds a rank may go without a heartbeat (stopped, frozen) before the job is ended with that rank named;
     * 0 for no limit. The launcher's default (60) when not given.
     */
    @Parameter(property = "jpar.silence")
    private String silence;

    /** The program's arguments, separated by spaces; quote an argument that contains spaces. */
    @Parameter(property = "jpar.args")
    private String args;

    /** Options for every rank's JVM, separated by spaces ({@code -Xmx2g}). */
    @Parameter(property = "jpar.jvmArgs")
    private String jvmArgs;

    /** MPJ Express's home; by default the launcher's ({@code JPAR_MPJ_HOME}, {@code MPJ_HOME}, ~/.jpar/mpj-0.44). */
    @Parameter(property = "jpar.mpjHome")
    private File mpjHome;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        int ranks = ranks(np);
        String main = requireMainClass(mainClass);
        int seconds = timeout == null || timeout.isBlank() ? 0 : positive("jpar.timeout", timeout);
        long silent = silence == null || silence.isBlank() ? LaunchOptions.DEFAULT_SILENCE_SECONDS
                : "0".equals(silence.trim()) ? 0 : positive("jpar.silence", silence);
        List<String> classPath = classPath();
        checkMainClass(main, classPath);

        LaunchOptions options;
        try {
            options = new LaunchOptions()
                    .np(ranks)
                    .device(Device.parse(device))
                    .classPath(String.join(File.pathSeparator, classPath))
                    .mainClass(main)
                    .args(Words.split(args == null ? "" : args))
                    .timeoutSeconds(seconds)
                    .silenceSeconds(silent);
        } catch (LaunchException e) {
            throw new MojoFailureException(e.getMessage() + " (-Djpar.device)", e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("jpar: -Djpar.args: " + e.getMessage(), e);
        }
        try {
            Words.split(jvmArgs == null ? "" : jvmArgs).forEach(options::jvmOption);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("jpar: -Djpar.jvmArgs: " + e.getMessage(), e);
        }
        forwardedProperties(session.getUserProperties()).forEach((k, v) -> options.jvmOption("-D" + k + "=" + v));
        if (machines != null) {
            options.machines(machines.toPath());
        }
        if (mpjHome != null) {
            options.mpjHome(mpjHome.toPath());
        }

        getLog().info("jpar: running " + main + " on " + ranks + (ranks == 1 ? " rank" : " ranks") + " (" + device
                + (machines == null ? "" : ", hosts of " + machines) + ")");
        int exitCode;
        try {
            exitCode = Launcher.run(options);
        } catch (LaunchException e) {
            // The launcher's refusals (no MPJ Express, a missing machines file, ...): its message says what.
            throw new MojoFailureException(e.getMessage(), e);
        }
        if (exitCode != 0) {
            throw new MojoFailureException("jpar: the cluster job " + main + " failed with exit code " + exitCode
                    + " " + why(exitCode, seconds));
        }
        getLog().info("jpar: " + main + " finished on every rank");
    }

    /** What an exit code of the launcher means, for the build's failure message. */
    static String why(int exitCode, int timeoutSeconds) {
        if (exitCode == 1) {
            return "(a rank threw: its stack trace is printed above with its rank; or the launcher said why above)";
        }
        if (exitCode == TIMED_OUT && timeoutSeconds > 0) {
            return "(it ran past -Djpar.timeout=" + timeoutSeconds + " seconds and was stopped)";
        }
        return "(the first failing rank's status: System.exit(" + exitCode + ") or a stopped JVM; see above)";
    }

    /** The project's classes and its runtime dependencies; the classes must have been compiled. */
    private List<String> classPath() throws MojoExecutionException, MojoFailureException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoFailureException("jpar: " + project.getBasedir().toPath().relativize(classes)
                    + " does not exist; compile the project first: mvn package jpar:run ...");
        }
        try {
            return List.copyOf(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("jpar: the project's runtime class path is not resolved: " + e, e);
        }
    }

    /** A clear error now, rather than a ClassNotFoundException from every rank. */
    private static void checkMainClass(String main, List<String> classPath) throws MojoFailureException {
        List<URL> urls = new ArrayList<>();
        for (String element : classPath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a class path element is not a file: " + element, e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Method method = Class.forName(main, false, loader).getMethod("main", String[].class);
            if (!Modifier.isStatic(method.getModifiers())) {
                throw new MojoFailureException("jpar: " + main + ".main(String[]) is not static (-Djpar.mainClass)");
            }
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new MojoFailureException("jpar: the main class " + main + " (-Djpar.mainClass) is not in the"
                    + " project's classes or dependencies; was the project compiled?");
        } catch (LinkageError e) {
            throw new MojoFailureException("jpar: the main class " + main + " (-Djpar.mainClass) cannot be loaded: " + e);
        } catch (NoSuchMethodException e) {
            throw new MojoFailureException("jpar: " + main + " has no public main(String[]) (-Djpar.mainClass)");
        } catch (IOException e) {
            // Closing the class loader failed: the check itself succeeded.
        }
    }

    static int ranks(String np) throws MojoFailureException {
        if (np == null || np.isBlank()) {
            throw new MojoFailureException("jpar: how many ranks? Give -Djpar.np=N (N >= 1), e.g. mvn jpar:run"
                    + " -Djpar.np=4 -Djpar.mainClass=demo.Main");
        }
        return positive("jpar.np", np);
    }

    static String requireMainClass(String mainClass) throws MojoFailureException {
        if (mainClass == null || mainClass.isBlank()) {
            throw new MojoFailureException("jpar: which program? Give -Djpar.mainClass=the.class.with.Main, e.g."
                    + " mvn jpar:run -Djpar.np=4 -Djpar.mainClass=demo.Main");
        }
        return mainClass.trim();
    }

    static int positive(String property, String value) throws MojoFailureException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw new MojoFailureException("jpar: -D" + property + "=" + value + " is not a whole number >= 1");
    }

    /** The {@code jpar.*} properties given to Maven: the ranks' configuration. */
    static Map<String, String> forwardedProperties(Properties userProperties) {
        Map<String, String> forwarded = new TreeMap<>();
        for (String name : userProperties.stringPropertyNames()) {
            if (name.startsWith("jpar.")) {
                forwarded.put(name, userProperties.getProperty(name));
            }
        }
        return forwarded;
    }
}
