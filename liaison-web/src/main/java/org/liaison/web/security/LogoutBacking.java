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

/**
 * Signing out ends the session everywhere it was replicated. Only by POST, so no link can sign someone out. Someone who
 * signed in through the hospital's provider is then sent to the provider's end-session endpoint (unless
 * {@code LIAISON_OIDC_END_SESSION=false}), which signs them out there too and sends them back to the sign-in page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");

    @Inject
    FacesContext faces;

    @Inject
    IdentityProvider provider;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        Object person = request.getSession(false) == null ? null
                : request.getSession(false).getAttribute(SignedInPerson.SESSION_KEY);
        request.logout();
        external.invalidateSession();
        LOG.info(() -> "event=logout user=" + user + " address=" + request.getRemoteAddr());
        PortalSettings settings = PortalSettings.get();
        String signedOut = "/login?signedOut=true";
        String next = settings.local(request, signedOut);
        if (person instanceof SignedInPerson p && p.viaProvider() && settings.isSingleSignOn()
                && settings.endProviderSession()) {
            next = providerSignOut(p, settings.external(request, signedOut), next);
        }
        external.redirect(next);
        faces.responseComplete();
    }

    /** The provider's end-session address (OpenID Connect RP-initiated logout), or {@code otherwise}. */
    private String providerSignOut(SignedInPerson person, String comeBackTo, String otherwise) {
        try {
            String endSession = provider.metadata().endSessionEndpoint();
            if (endSession == null) {
                return otherwise;
            }
            return endSession + (endSession.contains("?") ? "&" : "?") + "client_id="
                    + encode(PortalSettings.get().clientId()) + "&post_logout_redirect_uri=" + encode(comeBackTo)
                    + (person.idTokenHint() == null ? "" : "&id_token_hint=" + encode(person.idTokenHint()));
        } catch (IdentityProvider.Unavailable unreachable) {
            LOG.warning(() -> "event=logout.provider-unavailable user=" + person.username());
            return otherwise;
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
