package io.jpar.benchmarks;

import io.jpar.runtime.Jpar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One line saying what the benchmarks ran on, for the table's reader. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return String.format("%s, %d available processors, %s %s %s, %s %s, jpar threads %d%s",
                cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Jpar.threads(), load());
    }

    /**
     * Linux's load average over the last minute, where it tells it: a figure measured while other work kept the
     * processors busy (a load above the processor count) is not a measurement of jpar.
     */
    public static String load() {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "";
        }
        try {
            return ", load average " + Files.readString(loadavg).trim().split("\\s+")[0] + " (1 min)";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The CPU's model name where Linux tells it, else "unknown CPU". */
    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown CPU";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
