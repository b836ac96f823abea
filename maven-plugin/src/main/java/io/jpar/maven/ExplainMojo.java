package io.jpar.maven;

import io.jpar.processor.ProcessorResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains what jpar does with each {@code @Parallel} method: every loop found, the decision and its reason, the
 * reductions, the schedule and the generated code. Run it as {@code mvn jpar:explain}.
 *
 * <p>The report is printed and written to {@link #explainFile}; diagnostics follow it, and errors fail the build
 * after the report is written, so that it can be read for the reason. The project's sources and its compile
 * source roots are left untouched.
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends AbstractJparMojo {

    /** Where the report is written. */
    @Parameter(property = "jpar.explainFile", defaultValue = "${project.build.directory}/jpar/explain.txt",
            required = true)
    private File explainFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Path> roots = SourceRoots.toProcess(project, null);
        if (roots.isEmpty()) {
            getLog().info("jpar: no compile source roots, nothing to explain");
            return;
        }
        Path report = explainFile.toPath().toAbsolutePath().normalize();
        Path scratch = workDirectory().resolve("explain-sources");
        ProcessorResult result;
        try {
            OutputSync.deleteTree(scratch);
            Files.createDirectories(scratch);
            result = process(true, roots, scratch);
            OutputSync.deleteTree(scratch);
            Files.createDirectories(report.getParent());
            Files.writeString(report, result.explain(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("jpar: cannot write " + report + ": " + e, e);
        }
        result.explain().lines().forEach(getLog()::info);
        new DiagnosticLog(getLog()).print(result.diagnostics());
        getLog().info("jpar: report written to " + project.getBasedir().toPath().relativize(report));
        DiagnosticLog.failOnErrors(result.diagnostics());
    }
}
