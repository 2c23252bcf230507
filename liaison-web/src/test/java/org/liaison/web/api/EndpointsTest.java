package org.liaison.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which roles may use an address, found from the resource methods' paths as JAX-RS writes them. */
class EndpointsTest {

    @Path("/widgets")
    static class Widgets {
        @POST
        @Path("{id: \\d+}/files")
        public void attach() {
        }

        @GET
        @Path("{id}/files/{fileId}")
        public void file() {
        }

        @POST
        @Path("feed/{token}")
        @PermitAll
        public void feed() {
        }
    }

    static {
        try {
            Endpoints.record(Widgets.class, Widgets.class.getMethod("attach"), List.of("MANAGER"), false);
            Endpoints.record(Widgets.class, Widgets.class.getMethod("file"), List.of("MANAGER", "OFFICER"), false);
            Endpoints.record(Widgets.class, Widgets.class.getMethod("feed"), List.of(), true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRoleThatMayUseNoMethodAtTheAddressIsTold() {
        assertFalse(Endpoints.mayUse("widgets/12/files", "POST", Set.of("OFFICER")::contains));
        assertTrue(Endpoints.mayUse("/widgets/12/files", "POST", Set.of("MANAGER")::contains));
        assertTrue(Endpoints.mayUse("widgets/12/files/3", "GET", Set.of("OFFICER")::contains));
    }

    @Test
    void parametersMatchTheirOwnPatternAndUnknownAddressesKeepTheirAnswer() {
        assertTrue(Endpoints.mayUse("widgets/abc/files", "POST", Set.of("OFFICER")::contains),
                "{id: \\d+} takes no letters: no method there");
        assertTrue(Endpoints.mayUse("widgets/feed/xyz", "POST", role -> false), "permitted to all");
        assertTrue(Endpoints.mayUse("nothing/here", "POST", role -> false));
        assertTrue(Endpoints.regex("a/{id}/b").matcher("a/7/b/").matches());
    }
}
