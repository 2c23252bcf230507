package org.liaison.web.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integration-test class whose deployment differs from the others' (its own system properties, see
 * {@link Deployments#liaison(java.util.Properties)}), so it cannot share their Payara Micro. {@link ServerOrder} runs
 * such classes after the ones that share a server, so the shared server starts once per run. The marker only orders:
 * what decides sharing is the deployment itself ({@link SharedPayaraMicro}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnServer {
}
