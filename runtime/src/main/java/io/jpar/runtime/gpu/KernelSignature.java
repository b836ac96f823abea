package io.jpar.runtime.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameter names of a kernel, read from its source ({@code __kernel void name(const long jpar_trips, ...)}),
 * so that messages can name the user's arrays. Only names: OpenCL itself checks everything else.
 */
final class KernelSignature {

    private static final Pattern LAST_IDENTIFIER = Pattern.compile("([A-Za-z_][A-Za-z_0-9]*)\\s*(\\[\\s*\\])?\\s*$");

    private KernelSignature() {
    }

    /** The names in order, or an empty list when the signature cannot be found. */
    static List<String> parameterNames(Kernel kernel) {
        String source = kernel.source().replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", " ");
        Matcher header = Pattern.compile("__kernel\\s+void\\s+" + Pattern.quote(kernel.name()) + "\\s*\\(")
                .matcher(source);
        if (!header.find()) {
            return List.of();
        }
        int close = source.indexOf(')', header.end());
        if (close < 0) {
            return List.of();
        }
        String list = source.substring(header.end(), close);
        List<String> names = new ArrayList<>();
        for (String parameter : list.split(",")) {
            Matcher name = LAST_IDENTIFIER.matcher(parameter.trim());
            if (!name.find()) {
                return List.of();
            }
            names.add(name.group(1));
        }
        return names;
    }
}
