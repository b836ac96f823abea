package io.jpar.runtime;

import io.jpar.Schedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty(Config.THREADS_PROPERTY);
        System.clearProperty(Config.FALLBACK_PROPERTY);
    }

    private static boolean environmentSetsThreads() {
        String env = System.getenv(Config.THREADS_ENV);
        return env != null && !env.isBlank();
    }

    @Test
    void propertyOverridesAnnotation() {
        LoopSite site = Sites.site(Schedule.AUTO, 0, 5, Relation.LT);
        System.setProperty(Config.THREADS_PROPERTY, "3");
        assertEquals(3, Config.threads(site));
        assertEquals(3, Jpar.threads());
    }

    @Test
    void annotationOverridesProcessorsWhenNothingIsSet() {
        if (environmentSetsThreads()) {
            return;     // the forked tests below cover this case with a clean environment
        }
        assertEquals(5, Config.threads(Sites.site(Schedule.AUTO, 0, 5, Relation.LT)));
        assertEquals(Runtime.getRuntime().availableProcessors(),
                Config.threads(Sites.site(Schedule.AUTO, 0, 0, Relation.LT)));
        assertEquals(Runtime.getRuntime().availableProcessors(), Jpar.threads());
    }

    @Test
    void propertyWithSpacesIsTrimmedAndBlankMeansUnset() {
        System.setProperty(Config.THREADS_PROPERTY, " 4 ");
        assertEquals(4, Jpar.threads());
        System.setProperty(Config.THREADS_PROPERTY, " ");
        if (!environmentSetsThreads()) {
            assertEquals(7, Config.threads(7));
        }
    }

    @Test
    void invalidThreadPropertiesNameTheSettingAndValue() {
        for (String bad : List.of("0", "-2", "many", "1.5", "40000")) {
            System.setProperty(Config.THREADS_PROPERTY, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Jpar::threads);
            assertTrue(e.getMessage().contains("jpar.threads") && e.getMessage().contains("'" + bad + "'"),
                    e.getMessage());
        }
    }

    @Test
    void fallbackSetting() {
        System.setProperty(Config.FALLBACK_PROPERTY, "ERROR");
        assertEquals(Config.Fallback.ERROR, Config.fallback());
        System.setProperty(Config.FALLBACK_PROPERTY, "warn");
        assertEquals(Config.Fallback.WARN, Config.fallback());
        System.setProperty(Config.FALLBACK_PROPERTY, "loud");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Config::fallback);
        assertTrue(e.getMessage().contains("jpar.fallback") && e.getMessage().contains("'loud'"), e.getMessage());
    }

    @Test
    void environmentVariableSetsThreadsAndPropertyOverridesIt() throws Exception {
        Forked.Result env = Forked.run(Map.of(Config.THREADS_ENV, "2"), List.of(), ForkedMain.class, "threads");
        assertEquals("threads=2", env.out().trim(), env.err());
        Forked.Result both = Forked.run(Map.of(Config.THREADS_ENV, "2"), List.of("-Djpar.threads=3"),
                ForkedMain.class, "threads");
        assertEquals("threads=3", both.out().trim(), both.err());
        Forked.Result none = Forked.run(Map.of(), List.of(), ForkedMain.class, "threads");
        assertEquals("threads=" + Runtime.getRuntime().availableProcessors(), none.out().trim(), none.err());
    }

    @Test
    void invalidEnvironmentVariableIsAClearError() throws Exception {
        Forked.Result r = Forked.run(Map.of(Config.THREADS_ENV, "zero"), List.of(), ForkedMain.class, "threads");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("IllegalArgumentException: jpar: environment variable JPAR_THREADS must be a "
                + "positive integer (a thread count), got 'zero'"), r.err());
    }
}
