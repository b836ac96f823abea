package io.jpar.runtime.gpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether PoCL may be opened in this JVM. PoCL breaks a JVM in two ways unless the JVM is started for it:
 * <ul>
 * <li>Its CPU device replaces HotSpot's SIGFPE handler, and Java's own integer division by zero then returns
 * garbage instead of throwing (measured: {@code 10 / 0} gave 10) in the whole process. {@code POCL_SIGFPE_HANDLER=0}
 * in the environment makes PoCL leave the handler alone.</li>
 * <li>LLVM, which PoCL runs inside the process to build kernels, installs its own SIGSEGV/SIGBUS/SIGILL handlers in
 * front of HotSpot's while it writes its temporary files. HotSpot raises SIGSEGV routinely (implicit null checks,
 * safepoint polls); LLVM's handler takes such a signal for a crash, deletes LLVM's temporary files (the build fails:
 * "unable to rename temporary ...") and puts back what it saved, which is not always HotSpot's handler: the JVM then
 * dies with SIGSEGV (exit 139, no hs_err file). Measured here (2 cores, JDK 17, PoCL 3.1 with LLVM 15): a stress fork
 * (40 kernel builds while two threads throw NullPointerExceptions from compiled code) failed in 10 of 10 runs, 5 with
 * SIGSEGV and 5 with failed builds. HotSpot's signal-chaining library, preloaded
 * ({@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so}), keeps HotSpot's handlers first and hands LLVM only the signals
 * that are not HotSpot's: 50 of 50 such runs were clean.</li>
 * </ul>
 * A preloaded library cannot be added to a running JVM, so jpar leaves PoCL unopened (the loop falls back, loudly)
 * in a JVM not started with both, and says how to start it.
 */
public final class PoclSafety {

    /** PoCL's platform name. */
    public static final String POCL = "Portable Computing Language";

    private static volatile Boolean chainingLoaded;

    private PoclSafety() {
    }

    /**
     * Null when the platform may be opened in this JVM; otherwise why not and what to do, as one clause
     * ("PoCL would ...; start java with ...").
     */
    public static String problem(String platformName) {
        if (!platformName.contains(POCL)) {
            return null;
        }
        boolean sigfpe = !"0".equals(System.getenv("POCL_SIGFPE_HANDLER"));
        boolean chaining = !signalChainingLoaded();
        if (!sigfpe && !chaining) {
            return null;
        }
        StringBuilder why = new StringBuilder("PoCL would ");
        if (sigfpe) {
            why.append("break Java's integer division by zero in this JVM (its SIGFPE handler replaces the JVM's)");
        }
        if (chaining) {
            why.append(sigfpe ? " and " : "").append("crash this JVM at random (LLVM's signal handlers replace the JVM's"
                    + " while it builds kernels)");
        }
        why.append("; start java with ");
        if (sigfpe) {
            why.append("POCL_SIGFPE_HANDLER=0");
        }
        if (chaining) {
            why.append(sigfpe ? " and " : "").append("LD_PRELOAD=").append(signalChainingLibrary());
        }
        why.append(" in the environment to use it");
        return why.toString();
    }

    /** The JVM's signal-chaining library, the one to preload. */
    public static String signalChainingLibrary() {
        return Path.of(System.getProperty("java.home"), "lib", "libjsig.so").toString();
    }

    /**
     * Whether HotSpot's signal-chaining library is in this process: in its memory map where Linux shows it,
     * else in the preload variable it can only have come from.
     */
    public static boolean signalChainingLoaded() {
        Boolean known = chainingLoaded;
        if (known == null) {
            known = mapsContainJsig();
            chainingLoaded = known;
        }
        return known;
    }

    private static boolean mapsContainJsig() {
        Path maps = Path.of("/proc/self/maps");
        if (Files.isReadable(maps)) {
            try {
                return Files.readString(maps, StandardCharsets.ISO_8859_1).contains("/libjsig.");
            } catch (IOException e) {
                // fall through to the environment
            }
        }
        String preload = System.getenv("LD_PRELOAD");
        return preload != null && preload.contains("libjsig.");
    }
}
