package io.jpar.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.project.MavenProject;

/**
 * Which compile source roots jpar reads, and the swap that makes the compiler read jpar's output instead.
 *
 * <p>Once {@code parallelize} has swapped the roots, a later goal of the same build ({@code jpar:explain} after
 * {@code compile}) must still read the user's sources, not the rewritten ones; the roots read are therefore
 * remembered in the project's context.
 */
final class SourceRoots {

    private static final String ROOTS_READ = SourceRoots.class.getName() + ".rootsRead";

    private SourceRoots() {
    }

    /** The existing compile source roots of the project as the user configured them, {@code excluded} left out. */
    static List<Path> toProcess(MavenProject project, Path excluded) {
        @SuppressWarnings("unchecked")
        List<Path> remembered = (List<Path>) project.getContextValue(ROOTS_READ);
        if (remembered != null) {
            return remembered;
        }
        List<Path> roots = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            Path path = normalized(root);
            if (Files.isDirectory(path) && !path.equals(excluded) && !roots.contains(path)) {
                roots.add(path);
            }
        }
        return List.copyOf(roots);
    }

    /**
     * Replaces {@code read} among the project's compile source roots by {@code output}, at the place of the first
     * one so that the compiler sees the roots in the same order. Roots that were not read (added by plugins that
     * run later, or missing folders) stay where they are.
     */
    static void replace(MavenProject project, List<Path> read, Path output) {
        List<String> roots = project.getCompileSourceRoots();
        int first = -1;
        for (int i = roots.size() - 1; i >= 0; i--) {
            Path path = normalized(roots.get(i));
            if (read.contains(path) || path.equals(output)) {
                roots.remove(i);
                first = i;
            }
        }
        roots.add(first < 0 ? roots.size() : first, output.toString());
        project.setContextValue(ROOTS_READ, List.copyOf(read));
    }

    private static Path normalized(String root) {
        return Path.of(root).toAbsolutePath().normalize();
    }
}
