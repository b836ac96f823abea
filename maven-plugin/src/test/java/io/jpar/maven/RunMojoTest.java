package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jpar:run's checks before a job starts; the jobs themselves run in the cluster-sum integration test. */
class RunMojoTest {

    @TempDir
    Path dir;

    @Test
    void missingRankCountSaysHowToGiveIt() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(null, "demo.Main").execute());
        assertTrue(e.getMessage().contains("-Djpar.np=N"), e.getMessage());
    }

    @Test
    void rankCountMustBeAWholeNumberOfAtLeastOne() {
        for (String np : List.of("0", "-2", "two", "1.5")) {
            MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(np, "demo.Main").execute());
            assertEquals("jpar: -Djpar.np=" + np + " is not a whole number >= 1", e.getMessage());
        }
    }

    @Test
    void missingMainClassSaysHowToGiveIt() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("2", " ").execute());
        assertTrue(e.getMessage().contains("-Djpar.mainClass="), e.getMessage());
    }

    @Test
    void timeoutMustBePositive() {
        RunMojo mojo = mojo("2", "demo.Main");
        MojoFixture.set(mojo, "timeout", "soon");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("jpar: -Djpar.timeout=soon is not a whole number >= 1", e.getMessage());
    }

    @Test
    void uncompiledProjectIsToldToCompileFirst() {
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("2", "demo.Main").execute());
        assertTrue(e.getMessage().contains("target/classes does not exist; compile the project first"),
                e.getMessage());
    }

    @Test
    void mainClassThatIsNotInTheClassesIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("target/classes"));
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("2", "demo.Main").execute());
        assertTrue(e.getMessage().startsWith("jpar: the main class demo.Main (-Djpar.mainClass) is not in the"),
                e.getMessage());
    }

    @Test
    void unknownDeviceIsNamedWithTheChoices() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        copyClass(Main.class, classes);
        RunMojo mojo = mojo("2", Main.class.getName());
        MojoFixture.set(mojo, "device", "infiniband");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("unknown device 'infiniband': use multicore, niodev or hybdev"),
                e.getMessage());
    }

    @Test
    void onlyJparPropertiesReachTheRanks() {
        Properties user = new Properties();
        user.setProperty("jpar.threads", "1");
        user.setProperty("jpar.fallback", "error");
        user.setProperty("skipTests", "true");
        assertEquals(Map.of("jpar.fallback", "error", "jpar.threads", "1"), RunMojo.forwardedProperties(user));
    }

    @Test
    void argumentsSplitLikeAShellWithoutExpansions() {
        assertEquals(List.of("3", "New York", "it's", ""), Words.split(" 3 'New York'  \"it's\" ''"));
        assertEquals(List.of(), Words.split("   "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Words.split("a 'b"));
        assertEquals("unclosed ' in: a 'b", e.getMessage());
    }

    @Test
    void exitCodesAreExplained() {
        assertTrue(RunMojo.why(1, 0).contains("a rank threw"));
        assertTrue(RunMojo.why(124, 30).contains("-Djpar.timeout=30"));
        assertTrue(RunMojo.why(3, 0).contains("System.exit(3)"));
    }

    /** A class with a main method, for the checks that pass the main class. */
    public static final class Main {
        public static void main(String[] args) {
            // never run: the tests stop before a job starts
        }
    }

    private static void copyClass(Class<?> type, Path classes) throws Exception {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, target);
        }
    }

    private RunMojo mojo(String np, String mainClass) {
        MavenProject project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setOutputDirectory(dir.resolve("target/classes").toString());
        RunMojo mojo = new RunMojo();
        MojoFixture.set(mojo, "project", project);
        MojoFixture.set(mojo, "np", np);
        MojoFixture.set(mojo, "mainClass", mainClass);
        MojoFixture.set(mojo, "device", "niodev");
        mojo.setLog(new MojoFixture.RecordingLog());
        return mojo;
    }
}
