package io.jpar.maven;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorResult;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rewrites the {@code @Parallel} methods of the project's main sources into parallel code and makes the compiler
 * compile the result.
 *
 * <p>Every {@code .java} file of the compile source roots is written to {@link #outputDirectory}, rewritten where
 * annotated and copied otherwise; those roots are then replaced by that folder, so {@code compile} reads the
 * rewritten code while diagnostics and stack traces keep the original line numbers. Problems are printed in
 * javac's format; any error fails the build.
 *
 * <p>Ordering: this goal reads the roots that exist when it runs. Roots added by plugins that ran before it (earlier
 * executions of {@code generate-sources}, in POM order) are processed and replaced too. Roots added later (later
 * executions, {@code process-sources}, annotation processors during {@code compile}) are compiled as they are:
 * bind this goal to a later phase such as {@code process-sources} to include generated code.
 *
 * <p>Incremental: when no source changed since the last successful run, the processor does not run again. When
 * one did, all sources are processed (one file's change can change the decision on another), but only output files
 * whose content changed are written, and outputs whose source is gone are deleted.
 */
@Mojo(name = "parallelize", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class ParallelizeMojo extends AbstractJparMojo {

    /** Skips jpar: the compile source roots are left alone and the sources are compiled as written. */
    @Parameter(property = "jpar.skip", defaultValue = "false")
    private boolean skip;

    /** Where every source is written (rewritten or copied); it replaces the compile source roots. */
    @Parameter(property = "jpar.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/jpar", required = true)
    private File outputDirectory;

    /** This plugin, whose version is part of the stamp: a new jpar processes everything again. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("jpar: skipped (jpar.skip); the sources are compiled as written");
            return;
        }
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        List<Path> roots = SourceRoots.toProcess(project, output);
        if (roots.isEmpty()) {
            getLog().info("jpar: no compile source roots, nothing to do");
            return;
        }
        try {
            parallelize(roots, output);
        } catch (IOException e) {
            throw new MojoExecutionException("jpar: cannot read the sources or write " + output + ": " + e, e);
        }
        SourceRoots.replace(project, roots, output);
    }

    private void parallelize(List<Path> roots, Path output) throws IOException, MojoExecutionException,
            MojoFailureException {
        Path stampFile = workDirectory().resolve("parallelize.stamp");
        SourceStamp stamp = SourceStamp.of(processedBy(), roots);
        int files = stamp.relativeSources().size();
        if (stamp.matches(stampFile) && outputsExist(stamp, output)) {
            getLog().info("jpar: nothing changed since the last run (" + files + (files == 1 ? " file" : " files")
                    + "), " + project.getBasedir().toPath().relativize(output) + " is up to date");
            return;
        }
        Files.deleteIfExists(stampFile); // a failed run must not leave the previous stamp claiming success

        Path staging = workDirectory().resolve("staging");
        OutputSync.deleteTree(staging);
        Files.createDirectories(staging);
        ProcessorResult result = process(false, roots, staging);
        new DiagnosticLog(getLog()).print(result.diagnostics());
        getLog().info(DiagnosticLog.summary(files, result.rewritten().size(), result.diagnostics()));
        if (result.hasErrors()) {
            OutputSync.deleteTree(staging);
            DiagnosticLog.failOnErrors(result.diagnostics());
        }

        OutputSync.Result sync = OutputSync.sync(staging, output);
        OutputSync.deleteTree(staging);
        stamp.writeTo(stampFile);
        getLog().debug("jpar: " + output + ": " + sync.written() + " written, " + sync.unchanged() + " unchanged, "
                + sync.deleted() + " deleted");
    }

    /** Whether every source's output is still there: generated files may have been deleted while the stamp stayed. */
    private static boolean outputsExist(SourceStamp stamp, Path output) {
        return stamp.relativeSources().stream().allMatch(source -> Files.isRegularFile(output.resolve(source)));
    }

    /** The plugin's version and the processor's jar (a rebuilt snapshot has the same version but a new jar). */
    private String processedBy() {
        return "jpar-maven-plugin " + plugin.getVersion() + ", processor " + jarOf(JparProcessor.class);
    }

    private static String jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar)
                    ? jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar)
                    : jar.toString();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
