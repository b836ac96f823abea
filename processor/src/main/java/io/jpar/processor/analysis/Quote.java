package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.PrinterConfiguration;

/** Code as a message quotes it: the node alone, without its comments, on one line. */
public final class Quote {

    private static final PrinterConfiguration NO_COMMENTS = new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(DefaultPrinterConfiguration.ConfigOption.PRINT_JAVADOC));

    private Quote() {
    }

    public static String of(Node n) {
        return n.toString(NO_COMMENTS).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The statement an expression is (or the expression), cut to 60 characters. */
    public static String statement(Node n) {
        Node s = n.getParentNode().filter(com.github.javaparser.ast.stmt.ExpressionStmt.class::isInstance).orElse(n);
        String text = of(s);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
