package org.liaison.web.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An API test class: the shipped WAR on Payara Micro (one server shared with the other classes, see
 * {@link SharedPayaraMicro}), tests running as HTTP clients ({@code testable = false}), and the demo data set at hand
 * as {@link #demo}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ApiTest {

    @Deployment(testable = false)
    static WebArchive liaison() {
        return Deployments.liaison();
    }

    @ArquillianResource
    URL deployed;

    ApiFixture demo;

    @BeforeEach
    void connect() {
        demo = new ApiFixture(deployed);
    }
}
