package io.jpar.benchmarks;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The mean time of one benchmark method, its error (JMH's 99.9% confidence half-width), unit and parameters. */
public record Score(double mean, double error, String unit, String parameters) {

    static Score of(RunResult run) {
        Result<?> primary = run.getPrimaryResult();
        StringBuilder parameters = new StringBuilder();
        for (String key : run.getParams().getParamsKeys()) {
            parameters.append(parameters.length() == 0 ? "" : ", ")
                    .append(key).append(" = ").append(run.getParams().getParam(key));
        }
        return new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), parameters.toString());
    }

    /** The mean with the error where JMH could compute one, and the unit without "/op": {@code 35.10 ± 0.20 ms}. */
    String format() {
        String shortUnit = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
        String error = Double.isFinite(error()) ? " ± " + decimals(error(), mean) : "";
        return decimals(mean, mean) + error + " " + shortUnit;
    }

    /** Three significant digits of the mean, and the error to the same decimal place. */
    private static String decimals(double value, double scale) {
        int places = scale >= 100 ? 1 : scale >= 10 ? 2 : 3;
        return String.format("%." + places + "f", value);
    }
}
