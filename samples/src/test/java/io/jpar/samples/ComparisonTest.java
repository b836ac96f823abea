package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void exactComparesArraysElementByElement() {
        Comparison<long[]> exact = Comparison.exact(values -> String.valueOf(values.length));
        assertTrue(exact.compare(new long[] {1, 2}, new long[] {1, 2}).agrees());
        assertFalse(exact.compare(new long[] {1, 2}, new long[] {1, 3}).agrees());
        Comparison<double[][]> exactMatrix = Comparison.exact(values -> "");
        assertTrue(exactMatrix.compare(new double[][] {{1.5}}, new double[][] {{1.5}}).agrees());
        assertFalse(exactMatrix.compare(new double[][] {{1.5}}, new double[][] {{1.25}}).agrees());
    }

    @Test
    void reassociationBoundAcceptsAnotherGroupingOfTheSameSum() {
        double[] terms = new double[100_000];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = 1.0 / (i + 1.0);
        }
        double inOrder = 0;
        for (double term : terms) {
            inOrder += term;
        }
        double inPairs = 0;
        for (int i = 0; i < terms.length; i += 2) {
            inPairs += terms[i] + terms[i + 1];
        }
        Verdict verdict = Comparison.withinReassociation(terms.length).compare(inOrder, inPairs);
        assertTrue(verdict.agrees(), verdict.text());
    }

    @Test
    void reassociationBoundRejectsAMissingTerm() {
        double sum = 0;
        for (int i = 1; i <= 1_000; i++) {
            sum += i;
        }
        Verdict verdict = Comparison.withinReassociation(1_000).compare(sum, sum - 1_000);
        assertFalse(verdict.agrees(), verdict.text());
        assertTrue(verdict.text().startsWith("DIFFERENT"), verdict.text());
    }
}
