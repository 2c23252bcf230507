package org.liaison.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place integration tests get their deployment from: the WAR the build just packaged, exactly as it ships.
 * Tests run as clients over HTTP ({@code @Deployment(testable = false)}), so nothing is added to the archive.
 * Arquillian asks for the deployment once per test class; {@link SharedPayaraMicro} then reuses the running Payara
 * Micro when the deployment is the same as the previous class's (same WAR, same system properties), and otherwise
 * starts a new one on a fresh database ({@link FreshDatabase}).
 */
public final class Deployments {

    /** The system properties of the deployment asked for last: what {@link SharedPayaraMicro} compares. */
    private static java.util.Properties requested = new java.util.Properties();

    private Deployments() {
    }

    static java.util.Properties systemProperties() {
        return (java.util.Properties) requested.clone();
    }

    public static WebArchive liaison() {
        return liaison(new java.util.Properties());
    }

    /**
     * The WAR, on a Payara Micro started with these system properties (MicroProfile Config reads them like environment
     * variables: {@code liaison.oidc.provider.uri} for {@code LIAISON_OIDC_PROVIDER_URI}). Every other class's Payara
     * gets none, so settings never leak from one test class to the next: a class with properties of its own gets a
     * Payara of its own.
     */
    public static WebArchive liaison(java.util.Properties systemProperties) {
        writeSystemProperties(systemProperties);
        requested = (java.util.Properties) systemProperties.clone();
        String path = System.getProperty("liaison.war");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property liaison.war is not set: run the integration tests"
                    + " through Maven (./mvnw verify), whose failsafe configuration sets it.");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: package liaison-web first.");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    private static void writeSystemProperties(java.util.Properties systemProperties) {
        String file = System.getProperty("it.system.properties");
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("System property it.system.properties is not set: run the integration tests"
                    + " through Maven (./mvnw verify), whose failsafe configuration sets it.");
        }
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(file))) {
            systemProperties.store(out, "for the Payara Micro of the test class starting now");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
