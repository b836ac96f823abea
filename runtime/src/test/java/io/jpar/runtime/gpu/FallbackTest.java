package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Config;
import io.jpar.runtime.LoopSite;
import org.jocl.CL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fallbacks and settings a JVM reads once, in forked JVMs: no OpenCL platform (an empty
 * {@code OCL_ICD_VENDORS} folder), no OpenCL binding (JOCL left off the class path, a {@code LinkageError} as
 * when its native library cannot load), {@code jpar.fallback=error}, {@code jpar.gpu.device}, {@code jpar.stats}.
 */
class FallbackTest {

    /** What the saxpy loop of {@link GpuForkedMain} gives, computed in Java: y = 2x + 1, sum over all y. */
    static String expectedOutput() {
        float sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += 2f * i + 1;
        }
        String line = "y[999]=" + (2f * 999 + 1) + " sum=" + sum;
        return line + "\n" + line + "\n";
    }

    record Result(int exit, String out, String err) {
    }

    static Result fork(Map<String, String> env, String... jvmArgs) throws Exception {
        return fork(true, env, jvmArgs);
    }

    static Result fork(boolean withJocl, Map<String, String> env, String... jvmArgs) throws Exception {
        return fork(withJocl, GpuForkedMain.class, env, jvmArgs, new String[0]);
    }

    /** Another main class of this package, with program arguments. */
    static Result forkMain(Class<?> main, Map<String, String> env, String[] args) throws Exception {
        return fork(true, main, env, new String[0], args);
    }

    private static Result fork(boolean withJocl, Class<?> main, Map<String, String> env, String[] jvmArgs, String[] args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(List.of(jvmArgs));
        command.add("-cp");
        List<String> classPath = new ArrayList<>(List.of(where(GpuForkedMain.class), where(GpuLoops.class),
                where(LoopSite.class), where(io.jpar.Schedule.class)));
        if (withJocl) {
            classPath.add(where(CL.class));
        }
        command.add(String.join(File.pathSeparator, classPath));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(Config.FALLBACK_ENV);
        builder.environment().remove(Config.STATS_ENV);
        builder.environment().remove(DeviceChoice.DEVICE_ENV);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("jpar-gpu-out", ".txt");
        Path err = Files.createTempFile("jpar-gpu-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("forked JVM did not end: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    private static String where(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void noPlatformRunsOnTheCpuAfterOneWarningLine(@TempDir Path empty) throws Exception {
        Result r = fork(Map.of("OCL_ICD_VENDORS", empty.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedOutput() + "calls=2\n", r.out());
        assertEquals("jpar: warning: GpuTest.java:1 GpuTest.loop1: no OpenCL platform is installed "
                + "(CL_PLATFORM_NOT_FOUND_KHR); ran it on the CPU\n", r.err());
    }

    @Test
    void poclWithoutItsSigfpeSettingIsLeftUnopenedSoJavaDivisionStillThrows() throws Exception {
        OpenClHere.require();
        org.junit.jupiter.api.Assumptions.assumeTrue(DeviceList.all().stream().allMatch(f -> f.info().platform().contains(DeviceList.POCL)),
                "this machine has an OpenCL platform besides PoCL");
        Map<String, String> env = new java.util.HashMap<>();
        env.put("POCL_SIGFPE_HANDLER", "");
        Result r = fork(env, "-Dcheck.division=true");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedOutput() + "calls=2\njava 1 / 0: threw / by zero\n", r.out());
        assertTrue(r.err().contains("would break Java's integer division by zero in this JVM") && r.err().contains("POCL_SIGFPE_HANDLER=0")
                && r.err().lines().count() == 1, r.err());
    }

    @Test
    void noOpenClBindingRunsOnTheCpuAfterOneWarningLine() throws Exception {
        Result r = fork(false, Map.of());
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedOutput() + "calls=2\n", r.out());
        assertTrue(r.err().startsWith("jpar: warning: GpuTest.java:1 GpuTest.loop1: the OpenCL "), r.err());
        assertTrue(r.err().endsWith("; ran it on the CPU\n") && r.err().lines().count() == 1, r.err());
    }

    @Test
    void noPlatformWithFallbackErrorIsAClearException(@TempDir Path empty) throws Exception {
        Result r = fork(Map.of("OCL_ICD_VENDORS", empty.toString()), "-Djpar.fallback=error");
        assertNotEquals(0, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Exception in thread \"main\" java.lang.IllegalStateException: jpar: "
                + "GpuTest.java:1 GpuTest.loop1: no OpenCL platform is installed (CL_PLATFORM_NOT_FOUND_KHR); not "
                + "falling back because jpar.fallback=error"), r.err());
    }

    @Test
    void deviceByIndexRunsThereAndStatisticsNameIt() throws Exception {
        OpenClHere.require();
        Result r = fork(Map.of(), "-Djpar.gpu.device=0", "-Djpar.stats=true");
        assertEquals(0, r.exit(), r.err());
        assertEquals(expectedOutput() + "calls=2\n", r.out());
        String device = DeviceList.all().get(0).info().describe();
        assertTrue(r.err().contains("jpar GPU: device " + device + ", 2 kernel launch(es), 1 program build(s)"), r.err());
        assertTrue(r.err().contains("GpuTest.java:1"), "the loop table lists the GPU loop: " + r.err());
    }

    @Test
    void badDeviceNameIsAClearError() throws Exception {
        OpenClHere.require();
        Result r = fork(Map.of(DeviceChoice.DEVICE_ENV, "no-such-device"));
        assertNotEquals(0, r.exit());
        assertTrue(r.err().startsWith("Exception in thread \"main\" java.lang.IllegalArgumentException: jpar: "
                + "environment variable JPAR_GPU_DEVICE is 'no-such-device', but no device or platform name contains "
                + "'no-such-device'; the OpenCL devices are:\n  0: "), r.err());
    }
}
