package org.liaison.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;

/** Signing out ends the session everywhere it was replicated. Only by POST, so no link can sign someone out. */
@Named
@RequestScoped
public class LogoutBacking {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");

    @Inject
    FacesContext faces;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        request.logout();
        external.invalidateSession();
        LOG.info(() -> "event=logout user=" + user + " address=" + request.getRemoteAddr());
        external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
        faces.responseComplete();
    }
}
