package io.jpar.processor.emit.gpu.opencl;

import java.util.List;
import java.util.Set;

/**
 * {@code Math} and {@code StrictMath} methods as OpenCL built-ins with Java's argument conversions: the double
 * functions get their arguments as double (an int argument would make an OpenCL call ambiguous), abs/max/min
 * follow Java's overloads, and where OpenCL's result differs from Java's (max/min with NaN or -0.0, abs of
 * MIN_VALUE, round, signum) a helper with Java's semantics is used. Precision: OpenCL's ulp limits, sqrt exact.
 */
final class MathFunctions {

    /** One double argument, same name in OpenCL. */
    private static final Set<String> UNARY = Set.of("sqrt", "cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
            "tanh", "exp", "expm1", "log", "log10", "log1p", "floor", "ceil", "rint");
    /** Two double arguments. */
    private static final Set<String> BINARY = Set.of("pow", "atan2", "hypot");

    private MathFunctions() {
    }

    /** The call, or null when {@code name} is not a Math method jpar translates for these argument types. */
    static ClExpr call(String name, List<ClExpr> args, Helpers helpers) {
        int n = args.size();
        if (args.stream().anyMatch(a -> !ClType.numeric(a.javaType()))) {
            return null;
        }
        if (n == 1 && UNARY.contains(name)) {
            return new ClExpr(name + "(" + asDouble(args.get(0)) + ")", "double");
        }
        if (n == 2 && BINARY.contains(name)) {
            return new ClExpr(name + "(" + asDouble(args.get(0)) + ", " + asDouble(args.get(1)) + ")", "double");
        }
        if (n == 2 && name.equals("IEEEremainder")) {
            return new ClExpr("remainder(" + asDouble(args.get(0)) + ", " + asDouble(args.get(1)) + ")", "double");
        }
        if (n == 1 && name.equals("toRadians")) {
            // Java 9+: angdeg * DEGREES_TO_RADIANS, one rounding
            return new ClExpr("(" + asDouble(args.get(0)) + " * 0.017453292519943295)", "double");
        }
        if (n == 1 && name.equals("toDegrees")) {
            return new ClExpr("(" + asDouble(args.get(0)) + " * 57.29577951308232)", "double");
        }
        if (n == 1 && name.equals("abs")) {
            String t = ClType.promoted(args.get(0).javaType());
            String x = args.get(0).text();
            return switch (t) {
                // not as_int(abs(x)): compilers take OpenCL's abs as never negative and fold later tests on it, but
                // Java's abs(MIN_VALUE) is MIN_VALUE (found by the fuzzer: Math.abs(x) >> 1, Math.abs(x) < 0)
                case "int" -> new ClExpr(helpers.use("jpar_iabs") + "((int) " + x + ")", "int");
                case "long" -> new ClExpr(helpers.use("jpar_labs") + "(" + x + ")", "long");
                default -> new ClExpr("fabs(" + x + ")", t);
            };
        }
        if (n == 2 && (name.equals("max") || name.equals("min"))) {
            String t = ClType.promoted(args.get(0).javaType(), args.get(1).javaType());
            String a = convert(args.get(0), t);
            String b = convert(args.get(1), t);
            if (ClType.floating(t)) {
                return new ClExpr(helpers.use("jpar_" + name + t.charAt(0)) + "(" + a + ", " + b + ")", t);
            }
            return new ClExpr(name + "(" + a + ", " + b + ")", t);
        }
        if (n == 1 && name.equals("round")) {
            ClExpr a = args.get(0);
            if (a.javaType().equals("double")) {
                return new ClExpr(helpers.use("jpar_roundd") + "(" + a.text() + ")", "long");
            }
            // Java picks round(float) for every other argument (float is more specific than double): int result
            return new ClExpr(helpers.use("jpar_roundf") + "((float) " + a.text() + ")", "int");
        }
        if (n == 1 && name.equals("signum") && ClType.floating(args.get(0).javaType())) {
            String t = args.get(0).javaType();
            return new ClExpr(helpers.use("jpar_signum" + t.charAt(0)) + "(" + args.get(0).text() + ")", t);
        }
        if (n == 3 && name.equals("fma") && args.stream().allMatch(a -> ClType.floating(a.javaType()))) {
            String t = args.stream().anyMatch(a -> a.javaType().equals("double")) ? "double" : "float";
            return new ClExpr("fma(" + convert(args.get(0), t) + ", " + convert(args.get(1), t) + ", " + convert(args.get(2), t) + ")", t);
        }
        return null;
    }

    private static String asDouble(ClExpr e) {
        return convert(e, "double");
    }

    /** A widening conversion spelled out, so OpenCL picks the overload Java picked. */
    static String convert(ClExpr e, String javaType) {
        if (e.javaType().equals(javaType)) {
            return e.text();
        }
        return "(" + ClType.local(javaType) + ") " + e.text();
    }
}
