package io.jpar.fuzz.realworld;

import io.jpar.fuzz.oracle.InMemoryCompiler;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.processor.diag.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Feeds the processor real Java that is not jpar's (a library's sources jar or folder), with {@code @Parallel}
 * on every method that has a for loop, and checks what a user would rely on:
 * <ol>
 * <li>the processor never throws and never reports an internal error;</li>
 * <li>every annotated method gets a decision: an error or warning inside it, or (second pass) a parallel loop;</li>
 * <li>second pass: only the methods without an error keep {@code @Parallel}; jpar must then accept them all,
 *     rewrite each with at least one parallel loop or say why not, and the rewritten files must compile against
 *     the library's own classes (whose other classes stand in for the files not rewritten).</li>
 * </ol>
 */
public final class RealWorldFeed {

    /** The figures and the problems found (empty when jpar did everything right). */
    public record Report(int files, int unparsed, int annotated, int refused, int accepted, int rewrittenFiles, int compiledFiles,
            List<String> problems) {

        public String line() {
            return files + " files (" + unparsed + " that jpar's Java 17 parser rejects), " + annotated + " methods with @Parallel: " + refused + " refused with a reason, " + accepted
                    + " accepted; " + rewrittenFiles + " files rewritten, " + compiledFiles + " compiled; " + problems.size() + " problems";
        }
    }

    private final ParallelInserter inserter = new ParallelInserter();
    private final Path work;

    public RealWorldFeed(Path work) {
        this.work = work;
    }

    /**
     * @param sources      a sources jar or a source folder
     * @param classPath    the library's compiled classes (for compiling the rewritten files); null to skip that step
     * @param maxFiles     how many files to take (in path order), for a bounded run
     */
    public Report run(Path sources, String classPath, int maxFiles) throws IOException {
        Map<String, String> originals = read(sources, maxFiles);
        List<String> problems = new ArrayList<>();

        // pass 1: every method with a for loop
        Map<String, List<ParallelInserter.Annotated>> annotated = new TreeMap<>();
        Path first = write("pass1", originals, annotated, (file, m) -> true);
        ProcessorResult r1 = process(first, problems, "pass 1");
        Map<String, List<Diagnostic>> byFile = r1 == null ? Map.of() : byFile(r1);
        int refused = 0;
        Map<String, Set<Integer>> refusedMethods = new TreeMap<>();
        for (Map.Entry<String, List<ParallelInserter.Annotated>> e : annotated.entrySet()) {
            List<Diagnostic> diagnostics = byFile.getOrDefault(e.getKey(), List.of());
            for (ParallelInserter.Annotated m : e.getValue()) {
                boolean error = diagnostics.stream().anyMatch(d -> d.isError() && inside(d, m));
                if (error) {
                    refused++;
                    refusedMethods.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>()).add(m.firstLine());
                }
            }
        }
        int total = annotated.values().stream().mapToInt(List::size).sum();
        // files that jpar's Java 17 parser rejects (newer syntax) are reported as such and left out of pass 2
        Set<String> unparsed = new java.util.TreeSet<>();
        if (r1 != null) {
            r1.diagnostics().stream().filter(d -> d.isError() && d.message().startsWith("does not parse"))
                    .forEach(d -> unparsed.add(d.file().toString().replace(File.separatorChar, '/')));
        }
        Map<String, String> parsed = new LinkedHashMap<>(originals);
        parsed.keySet().removeAll(unparsed);

        // pass 2: only the methods that had no error; each must now be parallel or explained
        Map<String, List<ParallelInserter.Annotated>> kept = new TreeMap<>();
        Path second = write("pass2", parsed, kept,
                (file, m) -> !refusedMethods.getOrDefault(file, Set.of()).contains(m.firstLine()));
        Path out = work.resolve("pass2-out");
        ProcessorResult r2 = processInto(second, out, problems, "pass 2");
        int accepted = 0;
        if (r2 != null && r2.hasErrors()) {
            for (Diagnostic d : r2.diagnostics()) {
                if (d.isError()) {
                    problems.add("pass 2 (only methods without errors in pass 1 annotated) still has an error: " + d);
                }
            }
        }
        Map<String, List<Diagnostic>> byFile2 = r2 == null ? Map.of() : byFile(r2);
        Map<String, String> rewritten = new LinkedHashMap<>();
        if (r2 != null && !r2.hasErrors()) {
            for (Path p : r2.rewritten()) {
                String file = p.toString().replace(File.separatorChar, '/');
                rewritten.put(file, Files.readString(out.resolve(p)));
            }
            for (Map.Entry<String, List<ParallelInserter.Annotated>> e : kept.entrySet()) {
                String text = rewritten.get(e.getKey());
                List<String> lines = text == null ? List.of() : text.lines().toList();
                for (ParallelInserter.Annotated m : e.getValue()) {
                    boolean parallel = false;
                    for (int l = m.firstLine(); l <= Math.min(m.lastLine(), lines.size()); l++) {
                        parallel |= lines.get(l - 1).contains("io.jpar.runtime.cpu.CpuLoops.");
                    }
                    boolean explained = byFile2.getOrDefault(e.getKey(), List.of()).stream().anyMatch(d -> inside(d, m));
                    if (parallel) {
                        accepted++;
                    } else if (!explained) {
                        problems.add(e.getKey() + ":" + m.firstLine() + ": " + m.name() + "() has @Parallel, no error, no warning, and no parallel loop");
                    }
                }
            }
        }
        int compiled = 0;
        if (classPath != null && !rewritten.isEmpty()) {
            InMemoryCompiler javac = new InMemoryCompiler(classPath + File.pathSeparator + InMemoryCompiler.jparClassPath());
            Map<String, String> byClass = new LinkedHashMap<>();
            rewritten.forEach((file, text) -> byClass.put(file.replace(".java", "").replace('/', '.'), text));
            InMemoryCompiler.Compiled result = javac.compile(byClass);
            // a file that does not compile as the library wrote it (against --release 17) says nothing about jpar
            Map<String, String> control = new LinkedHashMap<>();
            result.failures().keySet().forEach(k -> control.put(k, originals.get(k.replace('.', '/') + ".java")));
            InMemoryCompiler.Compiled originalsResult = control.isEmpty() ? null : javac.compile(control);
            for (Map.Entry<String, String> f : result.failures().entrySet()) {
                if (originalsResult != null && originalsResult.failures().containsKey(f.getKey())) {
                    continue;
                }
                problems.add("jpar's output for " + f.getKey() + " does not compile:\n" + f.getValue());
            }
            compiled = byClass.size() - result.failures().size();
        }
        return new Report(originals.size(), unparsed.size(), total, refused, accepted, rewritten.size(), compiled, problems);
    }

    private static boolean inside(Diagnostic d, ParallelInserter.Annotated m) {
        return d.line() >= m.firstLine() && d.line() <= m.lastLine();
    }

    private Map<String, List<Diagnostic>> byFile(ProcessorResult r) {
        return r.diagnostics().stream().collect(Collectors.groupingBy(d -> d.file().toString().replace(File.separatorChar, '/')));
    }

    private ProcessorResult process(Path root, List<String> problems, String pass) {
        return processInto(root, work.resolve(root.getFileName() + "-out"), problems, pass);
    }

    private ProcessorResult processInto(Path root, Path out, List<String> problems, String pass) {
        try {
            ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withDisplayBase(root)).process(List.of(root), out);
            for (Diagnostic d : r.diagnostics()) {
                if (d.message().contains("internal error")) {
                    problems.add(pass + ": " + d);
                }
            }
            return r;
        } catch (RuntimeException | Error e) {
            problems.add(pass + ": the processor threw " + e);
            return null;
        }
    }

    private interface Choice {
        boolean annotate(String file, ParallelInserter.Annotated method);
    }

    private Path write(String name, Map<String, String> originals, Map<String, List<ParallelInserter.Annotated>> annotated, Choice choice)
            throws IOException {
        Path root = work.resolve(name);
        for (Map.Entry<String, String> e : originals.entrySet()) {
            String file = e.getKey();
            var result = inserter.annotate(e.getValue(), m -> choice.annotate(file, m));
            String text = result.map(ParallelInserter.Result::text).orElse(e.getValue());
            if (result.isPresent() && !result.get().methods().isEmpty()) {
                annotated.put(file, result.get().methods());
            }
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, text);
        }
        return root;
    }

    /** The .java files (relative path to text) of a sources jar or folder, in path order. */
    private static Map<String, String> read(Path sources, int maxFiles) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(sources)) {
            collect(sources, files);
        } else {
            try (FileSystem zip = FileSystems.newFileSystem(sources)) {
                collect(zip.getPath("/"), files);
            }
        }
        Map<String, String> first = new LinkedHashMap<>();
        files.entrySet().stream().limit(maxFiles).forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    private static void collect(Path root, Map<String, String> files) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(p).toString().replace(File.separatorChar, '/');
                if (name.endsWith("module-info.java") || name.endsWith("package-info.java")) {
                    continue;
                }
                files.put(name, Files.readString(p));
            }
        }
    }
}
