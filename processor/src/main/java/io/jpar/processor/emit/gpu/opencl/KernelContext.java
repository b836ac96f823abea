package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the translation of one loop shares between its parts: the kernel's arguments in order of first use, the
 * helpers and functions it needs, whether it uses double, and the problems found.
 */
final class KernelContext {

    final CallableDeclaration<?> method;
    final Helpers helpers = new Helpers();
    final Functions functions = new Functions(this);
    final Map<String, KernelArg> args = new LinkedHashMap<>();
    final List<GpuProblem> problems = new ArrayList<>();
    boolean usesDouble;

    KernelContext(CallableDeclaration<?> method) {
        this.method = method;
    }

    void use(io.jpar.processor.analysis.JavaType type) {
        use(type.toString());
    }

    void use(String javaType) {
        if (javaType.startsWith("double")) {
            usesDouble = true;
        }
    }

    /** Records an outside value read or written by the kernel. */
    void arg(String name, String javaType, boolean write) {
        KernelArg a = args.computeIfAbsent(name, n -> new KernelArg(n, javaType, false, false));
        args.put(name, write ? a.writing() : a.reading());
        use(javaType);
    }

    /** The field declaration of {@code name} in the types around {@code at}, innermost first. */
    static Optional<VariableDeclarator> field(String name, Node at) {
        Node p = at.getParentNode().orElse(null);
        while (p != null) {
            if (p instanceof TypeDeclaration<?> t) {
                for (FieldDeclaration f : t.getFields()) {
                    for (VariableDeclarator v : f.getVariables()) {
                        if (v.getNameAsString().equals(name)) {
                            return Optional.of(v);
                        }
                    }
                }
            }
            p = p.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** A field's declared type, with array brackets written after the name counted in. */
    static String type(VariableDeclarator v) {
        return v.getType().asString();
    }
}
