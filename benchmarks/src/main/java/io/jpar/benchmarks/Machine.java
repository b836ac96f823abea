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
        return String.format("%s, %d available processors, %s %s %s, %s %s, jpar threads %d",
                cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Jpar.threads());
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
