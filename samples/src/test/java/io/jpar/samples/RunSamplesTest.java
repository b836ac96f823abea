package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

class RunSamplesTest {

    @Test
    void quickRunAgreesAndPrintsARowPerSample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean agree = RunSamples.run(Sizes.QUICK, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(agree, output);
        for (Workload<?> workload : RunSamples.workloads(Sizes.QUICK)) {
            assertTrue(output.lines().anyMatch(line -> line.startsWith(workload.name() + " ")
                    && line.contains(workload.size())), () -> workload.name() + " missing in\n" + output);
        }
        assertTrue(output.contains("all parallel results agree"), output);
    }
}
