package org.liaison.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class SharedPayaraMicroTest {

    private final WebArchive liaison = ShrinkWrap.create(WebArchive.class, "liaison.war");

    @Test
    void anAddressWithoutTheApplicationsMappingsGetsItsContextRootBack() {
        ProtocolMetaData rootOnly = new ProtocolMetaData().addContext(new HTTPContext("192.0.2.2", 8937));

        HTTPContext repaired = SharedPayaraMicro.withContextRoot(rootOnly, liaison).getContexts(HTTPContext.class)
                .iterator().next();

        assertEquals("192.0.2.2", repaired.getHost());
        assertEquals(8937, repaired.getPort());
        assertEquals("http://192.0.2.2:8937/liaison", repaired.getServlets().get(0).getBaseURI().toString()
                .replaceFirst("/$", ""));
    }

    @Test
    void anAddressThatNamesTheApplicationIsKeptAsReported() {
        HTTPContext http = new HTTPContext("192.0.2.2", 8937);
        http.add(new Servlet("FacesServlet", "/liaison"));
        ProtocolMetaData reported = new ProtocolMetaData().addContext(http);

        assertSame(reported, SharedPayaraMicro.withContextRoot(reported, liaison));
    }
}
