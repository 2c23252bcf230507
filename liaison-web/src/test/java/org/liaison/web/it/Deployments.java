package org.liaison.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place integration tests get their deployment from: the WAR the build just packaged, exactly as it ships.
 * Tests run as clients over HTTP ({@code @Deployment(testable = false)}), so nothing is added to the archive.
 * Arquillian asks for the deployment once per test class, just before it starts that class's Payara Micro, so this
 * is also where each class gets a fresh database: no test meets another class's (or an earlier run's) records.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive liaison() {
        String path = System.getProperty("liaison.war");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property liaison.war is not set: run the integration tests"
                    + " through Maven (./mvnw verify), whose failsafe configuration sets it.");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException(war + " does not exist: package liaison-web first.");
        }
        FreshDatabase.reset();
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
