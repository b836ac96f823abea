package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * PoCL and HotSpot's signals (see {@link PoclSafety}): forked JVMs with and without the signal-chaining library
 * preloaded. The build sets {@code LD_PRELOAD} for every test JVM (the parent pom's surefire settings), so the forks
 * inherit it unless a test takes it away.
 */
class PoclSignalChainingTest {

    private static void requireOnlyPocl() {
        OpenClHere.require();
        Assumptions.assumeTrue(DeviceList.all().stream().allMatch(f -> f.info().platform().contains(DeviceList.POCL)),
                "this machine has an OpenCL platform besides PoCL");
    }

    @Test
    void theTestJvmsRunWithSignalChaining() {
        assertTrue(PoclSafety.signalChainingLoaded(), "the build should preload " + PoclSafety.signalChainingLibrary()
                + " into every test JVM (surefire's environmentVariables in the parent pom)");
    }

    @Test
    void withoutSignalChainingPoclIsLeftUnopenedAndTheWarningSaysHowToStartJava() throws Exception {
        requireOnlyPocl();
        Map<String, String> env = new HashMap<>();
        env.put("LD_PRELOAD", "");
        FallbackTest.Result r = FallbackTest.fork(env);
        assertEquals(0, r.exit(), r.err());
        assertEquals(FallbackTest.expectedOutput() + "calls=2\n", r.out());
        assertEquals("jpar: warning: GpuTest.java:1 GpuTest.loop1: the only OpenCL platform is left unopened: PoCL would"
                + " crash this JVM at random (LLVM's signal handlers replace the JVM's while it builds kernels); start java"
                + " with LD_PRELOAD=" + PoclSafety.signalChainingLibrary() + " in the environment to use it; ran it on the"
                + " CPU\n", r.err());
    }

    @Test
    void withSignalChainingKernelsBuildWhileOtherThreadsRaiseTheJvmsSignals(@TempDir Path cache) throws Exception {
        requireOnlyPocl();
        // A fresh kernel cache: every variant is a real LLVM build, this run and the next.
        FallbackTest.Result r = FallbackTest.forkMain(PoclStressMain.class, Map.of("POCL_CACHE_DIR", cache.toString(),
                "JPAR_FALLBACK", "error"), new String[] {"24"});
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("ok\n", r.out(), r.err());
        assertEquals("", r.err());
    }
}
