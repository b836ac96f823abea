package io.jpar.maven;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/**
 * A project in a temporary folder and a goal configured on it the way Maven would: fields set by name, a log
 * that keeps what it is given. The processor is the real one.
 */
final class MojoFixture {

    final Path basedir;
    final Path sources;
    final MavenProject project = new MavenProject();
    final RecordingLog log = new RecordingLog();

    MojoFixture(Path basedir) {
        this.basedir = basedir;
        this.sources = basedir.resolve("src/main/java");
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(sources.toString());
    }

    ParallelizeMojo parallelize() {
        ParallelizeMojo mojo = common(new ParallelizeMojo());
        set(mojo, "outputDirectory", basedir.resolve("target/generated-sources/jpar").toFile());
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setVersion("test");
        set(mojo, "plugin", plugin);
        return mojo;
    }

    ExplainMojo explain() {
        ExplainMojo mojo = common(new ExplainMojo());
        set(mojo, "explainFile", basedir.resolve("target/jpar/explain.txt").toFile());
        return mojo;
    }

    /** The same folder as a new build sees it: a fresh project model, nothing remembered in memory. */
    MojoFixture nextBuild() {
        return new MojoFixture(basedir);
    }

    private <M extends AbstractJparMojo> M common(M mojo) {
        set(mojo, "project", project);
        set(mojo, "workDirectory", basedir.resolve("target/jpar").toFile());
        mojo.setLog(log);
        return mojo;
    }

    static void set(Mojo mojo, String name, Object value) {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared in a superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no parameter " + name + " in " + mojo.getClass());
    }

    /** Keeps what is logged, each line prefixed by its level. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(CharSequence content) {
            lines.add("debug " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error " + content);
        }

        boolean has(String line) {
            return lines.contains(line);
        }
    }
}
