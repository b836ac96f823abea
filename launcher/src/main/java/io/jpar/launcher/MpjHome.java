package io.jpar.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Where MPJ Express is, and the checks that turn a missing piece into a message instead of a hung job. */
final class MpjHome {

    private MpjHome() {
    }

    /** {@code -mpjHome}, else {@code JPAR_MPJ_HOME}, else {@code MPJ_HOME}, else {@code ~/.jpar/mpj-0.44}. */
    static Path resolve(LaunchOptions o) {
        Path home = o.mpjHome();
        String source = "-mpjHome";
        if (home == null && isSet(System.getenv("JPAR_MPJ_HOME"))) {
            home = Path.of(System.getenv("JPAR_MPJ_HOME"));
            source = "JPAR_MPJ_HOME";
        }
        if (home == null && isSet(System.getenv("MPJ_HOME"))) {
            home = Path.of(System.getenv("MPJ_HOME"));
            source = "MPJ_HOME";
        }
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), ".jpar", "mpj-0.44");
            source = "the default place";
        }
        for (String jar : new String[] {"mpj.jar", "log4j-1.2.jar", "starter.jar", "smpdev.jar"}) {
            if (!Files.isRegularFile(home.resolve("lib").resolve(jar))) {
                throw new LaunchException("MPJ Express not found at " + home + " (" + source + "): lib/" + jar
                        + " is missing. Run scripts/prerequisites.sh (it makes ~/.jpar/mpj-0.44), or point "
                        + "-mpjHome or MPJ_HOME at an MPJ Express 0.44 installation.");
            }
        }
        return home.toAbsolutePath();
    }

    static Path lib(Path home, String jar) {
        return home.resolve("lib").resolve(jar);
    }

    /** Fails when no class path entry holds jpar's RankMain: the ranks would die with a bare class error. */
    static void requireRuntime(String classPath) {
        String entry = "io/jpar/runtime/cluster/RankMain.class";
        for (String part : classPath.split(java.io.File.pathSeparator)) {
            if (part.isBlank()) {
                continue;
            }
            Path p = Path.of(part);
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(entry))) {
                return;
            }
            if (Files.isRegularFile(p)) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    if (zip.getEntry(entry) != null) {
                        return;
                    }
                } catch (IOException e) {
                    // not a jar: look further
                }
            }
        }
        throw new LaunchException("jpar-runtime (io.jpar.runtime.cluster.RankMain) is not on the class path of "
                + "the ranks: add its jar to -cp (class path: " + classPath + ")");
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
