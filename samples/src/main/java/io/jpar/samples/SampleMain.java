package io.jpar.samples;

/** What the cluster and GPU samples' {@code main} methods share: a size argument and an honest exit status. */
public final class SampleMain {

    private SampleMain() {
    }

    /** The first argument as a size, else {@code otherwise}; a bad one ends the program with status 2. */
    public static int size(String[] args, int otherwise) {
        if (args.length == 0) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(args[0].replace("_", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the argument
        }
        System.err.println("expected a positive size as the argument, got '" + args[0] + "'");
        System.exit(2);
        return otherwise;
    }

    /**
     * Prints a sample's result and whether it equals the sequential one ({@code sequential} describes the
     * latter); a difference ends the program with status 1, so that a job or a script sees it.
     */
    public static void report(String result, boolean equal, String sequential) {
        System.out.println(result);
        if (equal) {
            System.out.println("equal to the sequential result");
        } else {
            System.out.println("NOT EQUAL to the sequential result: " + sequential);
            System.exit(1);
        }
    }
}
