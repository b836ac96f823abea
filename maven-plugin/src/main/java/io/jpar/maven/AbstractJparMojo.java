package io.jpar.maven;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals share: the project, jpar's working folder, and one call of the processor. */
abstract class AbstractJparMojo extends AbstractMojo {

    /** The project whose compile source roots are processed. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * jpar's own working folder: the stamp of the last successful run, and scratch space for the processor's
     * output before it is compared with the previous one.
     */
    @Parameter(property = "jpar.workDirectory", defaultValue = "${project.build.directory}/jpar", required = true)
    protected File workDirectory;

    protected Path workDirectory() {
        return workDirectory.toPath().toAbsolutePath().normalize();
    }

    /**
     * Runs the processor with diagnostics naming files relative to the project's base folder, as the user
     * knows them.
     */
    protected ProcessorResult process(boolean explain, List<Path> roots, Path outputDir) throws MojoExecutionException {
        ProcessorOptions options = ProcessorOptions.defaults()
                .withExplain(explain)
                .withKernelDir(workDirectory().resolve("kernels"))
                .withDisplayBase(project.getBasedir().toPath().toAbsolutePath().normalize());
        try {
            return new JparProcessor(options).process(roots, outputDir);
        } catch (RuntimeException e) {
            // The processor reports bad input as diagnostics; an exception is a bug in jpar, so keep its trace.
            throw new MojoExecutionException("jpar-processor failed on " + roots
                    + "; this is a bug in jpar, please report it with the output of mvn -e: " + e, e);
        }
    }
}
