package io.jpar.fuzz.oracle;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles many top-level classes in one javac call, in memory, against a class path (by default the jars of
 * jpar-annotations and jpar-runtime). One call for a whole batch is several times faster than one per class.
 * When some sources do not compile, they are reported with javac's messages and the rest are compiled again
 * without them, so one bad program does not hide the others.
 */
public final class InMemoryCompiler {

    /** Classes (binary name to bytes) of the sources that compiled, and javac's messages for those that did not. */
    public record Compiled(Map<String, byte[]> classes, Map<String, String> failures) {
    }

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String classPath;

    public InMemoryCompiler() {
        this(jparClassPath());
    }

    public InMemoryCompiler(String classPath) {
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime; run the fuzzer on a JDK, not a JRE");
        }
        this.classPath = classPath;
    }

    /** The jars (or folders) holding io.jpar.Parallel and the runtime: what generated code needs. */
    public static String jparClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(locationOf(io.jpar.Parallel.class));
        entries.add(locationOf(io.jpar.runtime.Jpar.class));
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Compiles {@code sources} (top-level class name to text, each class in the unnamed package). */
    public Compiled compile(Map<String, String> sources) {
        Map<String, String> remaining = new LinkedHashMap<>(sources);
        Map<String, String> failures = new LinkedHashMap<>();
        while (!remaining.isEmpty()) {
            Map<String, ByteArrayOutputStream> out = new HashMap<>();
            Map<String, StringBuilder> errors = new LinkedHashMap<>();
            boolean ok = run(remaining, out, errors);
            if (ok) {
                Map<String, byte[]> classes = new HashMap<>();
                out.forEach((k, v) -> classes.put(k, v.toByteArray()));
                return new Compiled(classes, failures);
            }
            if (errors.isEmpty()) {
                // javac failed without naming a source: blame them all rather than loop
                remaining.keySet().forEach(k -> failures.put(k, "javac failed"));
                return new Compiled(Map.of(), failures);
            }
            errors.forEach((k, v) -> {
                failures.put(k, v.toString());
                remaining.remove(k);
            });
        }
        return new Compiled(Map.of(), failures);
    }

    private boolean run(Map<String, String> sources, Map<String, ByteArrayOutputStream> out, Map<String, StringBuilder> errors) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        List<String> options = List.of("--release", "17", "-classpath", classPath, "-proc:none", "-nowarn", "-g:none", "-Xlint:none");
        boolean ok = javac.getTask(null, new Memory(standard, out), diagnostics, options, null, units).call();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR && d.getSource() instanceof Source s) {
                errors.computeIfAbsent(s.className, k -> new StringBuilder())
                        .append(s.className).append(".java:").append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
            }
        }
        return ok;
    }

    private static final class Source extends SimpleJavaFileObject {
        final String className;
        final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + ".java"), Kind.SOURCE);
            this.className = className;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static final class Memory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> out;

        Memory(StandardJavaFileManager manager, Map<String, ByteArrayOutputStream> out) {
            super(manager);
            this.out = out;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    out.put(className, bytes);
                    return bytes;
                }
            };
        }
    }
}
