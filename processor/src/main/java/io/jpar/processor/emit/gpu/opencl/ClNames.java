package io.jpar.processor.emit.gpu.opencl;

import java.util.Set;

/**
 * Java names as OpenCL C names: a Java name that is an OpenCL keyword, type or built-in function gets a
 * trailing underscore, {@code $} becomes {@code _S_}; the {@code jpar_} prefix is jpar's own.
 */
final class ClNames {

    private static final Set<String> RESERVED = Set.of(
            // C and OpenCL C keywords and qualifiers
            "auto", "bool", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
            "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
            "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "true",
            "false", "kernel", "__kernel", "global", "__global", "local", "__local", "constant", "__constant", "private",
            "__private", "read_only", "write_only", "read_write", "uniform", "pipe", "complex", "imaginary",
            // OpenCL types
            "uchar", "ushort", "uint", "ulong", "half", "size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "event_t",
            "sampler_t", "image1d_t", "image2d_t", "image3d_t", "quad",
            // built-in functions a Java method or variable could be called
            "abs", "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "clamp", "cos", "cosh", "cross",
            "degrees", "distance", "dot", "erf", "erfc", "exp", "exp2", "exp10", "expm1", "fabs", "fdim", "floor", "fma", "fmax",
            "fmin", "fmod", "fract", "frexp", "hypot", "ilogb", "isnan", "isinf", "isfinite", "ldexp", "length", "lgamma", "log",
            "log2", "log10", "log1p", "logb", "mad", "max", "min", "mix", "modf", "nan", "normalize", "pow", "pown", "powr",
            "radians", "remainder", "remquo", "rint", "rootn", "round", "rsqrt", "select", "sign", "signbit", "sin", "sincos",
            "sinh", "smoothstep", "sqrt", "step", "tan", "tanh", "tgamma", "trunc", "rotate", "popcount", "clz", "hadd",
            "rhadd", "upsample", "mul24", "mad24", "barrier", "printf", "any", "all", "bitselect", "shuffle", "vload",
            "vstore", "main", "get_global_id", "get_local_id", "get_group_id", "get_global_size", "get_local_size",
            "get_num_groups", "get_work_dim", "mem_fence", "as_int", "as_long", "as_uint", "as_ulong");

    private ClNames() {
    }

    static String of(String javaName) {
        String n = javaName.replace("$", "_S_");
        if (RESERVED.contains(n) || n.startsWith("jpar_") || n.startsWith("__") || n.startsWith("convert_")
                || n.startsWith("as_") || n.startsWith("atom")) {
            return n + "_";
        }
        return n;
    }
}
