package fr.bde.batch.common;

/**
 * The switch that lets restart tests crash a job at a chosen point (mobility "failAtChunk", SAR
 * deadline "failAfterBatches"); the job parameters are ignored unless the server runs with
 * {@code -Dbde.batch.fault-injection=true}, as the integration-test server does.
 */
public final class FaultInjection {

    public static final String PROPERTY = "bde.batch.fault-injection";

    private FaultInjection() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }
}
