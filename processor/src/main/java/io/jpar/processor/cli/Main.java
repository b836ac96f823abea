package io.jpar.processor.cli;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.processor.diag.Diagnostic;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar jpar-processor-<version>-cli.jar --out DIR [--kernels DIR] [--explain] SOURCE_ROOT...}.
 * GPU loops' kernels go to {@code --kernels} (default: a {@code kernels} folder beside the output folder).
 * Diagnostics go to stderr in javac's format, the explain report to stdout. Exit status: 0 when done, 1 on
 * errors in the sources, 2 on bad usage.
 */
public final class Main {

    static final String USAGE = "usage: java -jar jpar-processor-cli.jar --out DIR [--kernels DIR] [--explain] SOURCE_ROOT...";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit status (testable without exiting the JVM). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null;
        Path kernelDir = null;
        boolean explain = false;
        List<Path> roots = new ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            switch (a) {
                case "--out" -> {
                    if (k + 1 >= args.length) {
                        return usage(err, "--out needs a folder");
                    }
                    outDir = Path.of(args[++k]);
                }
                case "--kernels" -> {
                    if (k + 1 >= args.length) {
                        return usage(err, "--kernels needs a folder");
                    }
                    kernelDir = Path.of(args[++k]);
                }
                case "--explain" -> explain = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) {
                        return usage(err, "unknown option " + a);
                    }
                    roots.add(Path.of(a));
                }
            }
        }
        if (outDir == null) {
            return usage(err, "missing --out DIR");
        }
        if (roots.isEmpty()) {
            return usage(err, "missing SOURCE_ROOT");
        }
        for (Path r : roots) {
            if (!Files.isDirectory(r)) {
                return usage(err, "source root " + r + " is not a folder");
            }
        }
        if (kernelDir == null) {
            Path parent = outDir.toAbsolutePath().getParent();
            kernelDir = parent == null ? outDir.resolve("kernels") : parent.resolve("kernels");
        }
        ProcessorOptions options = ProcessorOptions.defaults().withExplain(explain)
                .withDisplayBase(Path.of("").toAbsolutePath()).withKernelDir(kernelDir);
        ProcessorResult result = new JparProcessor(options).process(roots, outDir);
        for (Diagnostic d : result.diagnostics()) {
            err.println(d);
        }
        if (explain) {
            out.print(result.explain());
        }
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + "; nothing written to " + outDir);
            return 1;
        }
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("jpar: " + problem);
        err.println(USAGE);
        return 2;
    }
}
