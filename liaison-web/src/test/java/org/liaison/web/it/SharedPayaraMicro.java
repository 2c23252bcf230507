package org.liaison.web.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Properties;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro managed by Arquillian, but one server for every test class whose deployment is the same: the same WAR
 * with the same system properties (what {@link Deployments} hands out). Payara Micro starts with its one archive, so
 * Arquillian's per-class deploy and undeploy normally mean one server start (and one demo-data load) per class; here a
 * class's undeploy leaves the server running, and the next class's deploy reuses it when it asks for the same
 * deployment. A class that asks for a different one (PortalIT's SSO settings) stops it and gets its own server, on a
 * fresh database; the last server stops with the suite. At most one Payara Micro runs at a time.
 *
 * <p>Classes that share a server share its database and its in-memory state: tests create what they need under unique
 * names and never assert on totals that other tests can change. {@link FreshDatabase} runs before every server start,
 * never under a running server.
 */
public class SharedPayaraMicro implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedPayaraMicro.class.getName());

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> running;
    private Properties runningWith;
    private ProtocolMetaData runningAt;
    private int starts;
    private int reuses;

    /** Registers this container in place of the Payara Micro adapter's own (META-INF/services). */
    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
        }
    }

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Properties wanted = Deployments.systemProperties();
        if (running != null && running.getName().equals(archive.getName()) && runningWith.equals(wanted)) {
            reuses++;
            LOG.info(() -> "event=it.server.reused archive=" + archive.getName() + " reuses=" + reuses);
            return runningAt;
        }
        stopRunning();
        FreshDatabase.reset();
        long started = System.nanoTime();
        ProtocolMetaData at = withContextRoot(payara.deploy(archive), archive);
        starts++;
        running = archive;
        runningWith = wanted;
        runningAt = at;
        LOG.info(() -> "event=it.server.started archive=" + archive.getName() + " systemProperties=" + wanted.keySet()
                + " seconds=" + (System.nanoTime() - started) / 1_000_000_000 + " starts=" + starts);
        return at;
    }

    /**
     * The adapter learns the application's address by reading the servlet mappings Payara Micro prints as JSON; when a
     * log line lands inside that JSON the mappings are lost, and the address a test is handed becomes the server root,
     * where every page answers "Not found". The context root is known from the archive's name, so it is put back.
     */
    static ProtocolMetaData withContextRoot(ProtocolMetaData reported, Archive<?> archive) {
        String contextRoot = archive.getName().replaceFirst("\\.war$", "");
        HTTPContext http = reported.getContexts(HTTPContext.class).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Payara Micro reported no HTTP address"));
        boolean known = http.getServlets().stream().anyMatch(s -> s.getContextRoot().equals("/" + contextRoot));
        if (known) {
            return reported;
        }
        LOG.warning(() -> "event=it.server.contextRootMissing reported=" + http.getServlets() + " using=/" + contextRoot);
        HTTPContext repaired = new HTTPContext(http.getName(), http.getHost(), http.getPort());
        repaired.add(new Servlet("liaison", "/" + contextRoot));
        return new ProtocolMetaData().addContext(repaired);
    }

    /** A test class is done: its server stays up for the next class that wants the same deployment. */
    @Override
    public void undeploy(Archive<?> archive) {
        // kept running; stopped by the next deploy of another kind or by stop()
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopRunning();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop Payara Micro", e);
        }
        payara.stop();
    }

    private void stopRunning() throws DeploymentException {
        if (running != null) {
            Archive<?> stopping = running;
            running = null;
            runningWith = null;
            runningAt = null;
            payara.undeploy(stopping);
        }
    }
}
