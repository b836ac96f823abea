package io.jpar.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line and the clear errors for options that cannot start a job. */
class LaunchOptionsTest {

    @Test
    void parsesTheCommandLine() {
        LaunchOptions o = LaunchOptions.parse("-np", "4", "-dev", "multicore", "-timeout", "30", "-cp", "a:b",
                "-J-Xmx1g", "-J-Djpar.threads=2", "com.example.Main", "x", "-y");
        assertEquals(4, o.np());
        assertEquals(Device.MULTICORE, o.device());
        assertEquals(30, o.timeoutSeconds());
        assertEquals(LaunchOptions.DEFAULT_SILENCE_SECONDS, o.silenceSeconds());
        assertEquals(5, LaunchOptions.parse("-np", "2", "-silence", "5", "M").silenceSeconds());
        assertEquals("a:b", o.classPath());
        assertEquals(List.of("-Xmx1g", "-Djpar.threads=2"), o.jvmOptions());
        assertEquals("com.example.Main", o.mainClass());
        assertEquals(List.of("x", "-y"), o.args());
    }

    private static String refusal(LaunchOptions o) {
        return assertThrows(LaunchException.class, () -> Launcher.run(o)).getMessage();
    }

    @Test
    void refusesBadOptionsWithTheReason() {
        assertTrue(refusal(Jobs.options(0, Device.NIODEV, "results")).contains("-np must be at least 1, got 0"));
        assertTrue(refusal(Jobs.options(2, Device.NIODEV, "results").silenceSeconds(-1))
                .contains("-silence must be 0 (no limit) or a number of seconds, got -1"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchOptions.parse("-np", "2", "-dev", "mpi", "M"))
                .getMessage().contains("unknown device 'mpi': use multicore, niodev or hybdev"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchOptions.parse("-np", "two", "M"))
                .getMessage().contains("-np needs a whole number, got 'two'"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchOptions.parse("-dev", "niodev", "M"))
                .getMessage().contains("-np N (the number of ranks) is missing"));
        assertTrue(assertThrows(LaunchException.class, () -> LaunchOptions.parse("-np", "2"))
                .getMessage().contains("the main class is missing"));
        assertTrue(refusal(Jobs.options(2, Device.HYBDEV, "results")).contains("-dev hybdev runs only through"));
    }

    @Test
    void saysToRunThePrerequisitesWhenMpjExpressIsMissing(@TempDir Path empty) {
        String message = refusal(Jobs.options(2, Device.NIODEV, "results").mpjHome(empty));
        assertTrue(message.contains("MPJ Express not found at " + empty), message);
        assertTrue(message.contains("scripts/prerequisites.sh"), message);
    }

    @Test
    void saysWhenJparRuntimeIsNotOnTheClassPath(@TempDir Path empty) {
        String message = refusal(Jobs.options(2, Device.NIODEV, "results").classPath(empty.toString()));
        assertTrue(message.contains("jpar-runtime (io.jpar.runtime.cluster.RankMain) is not on the class path"),
                message);
    }
}
