package org.liaison.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.liaison.web.shared.Texts;

/** The sign-in page. Every refusal reads the same, so it does not tell which part was wrong or that an account is locked. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @NotBlank(message = "{login.username.required}")
    private String username;

    @NotBlank(message = "{login.password.required}")
    private String password;

    private String continueTo;

    private boolean signedOut;

    /** How a single sign-on ended when it brought the person back here: unavailable, unknown or failed. */
    private String sso;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("login.failed"), null));
        }
    }

    /** Only a path inside Liaison: never another site (no open redirect). */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("://") || target.startsWith("/login") || target.startsWith("/sso/")) {
            return "/";
        }
        return target;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    /** Whether the sign-in page offers "Sign in with your hospital account". */
    public boolean isSingleSignOn() {
        return PortalSettings.get().isSingleSignOn();
    }

    /** The address of the hospital-account button, which comes back to the page the person asked for. */
    public String getSingleSignOnStart() {
        String target = safeTarget(continueTo);
        return faces.getExternalContext().getRequestContextPath() + "/sso/start"
                + ("/".equals(target) ? "" : "?continue=" + java.net.URLEncoder.encode(target,
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The bundle key of what the page says about the single sign-on that brought the person back; null if none. */
    public String getSingleSignOnMessage() {
        return sso != null && java.util.Set.of("unavailable", "unknown", "failed").contains(sso) ? "sso." + sso : null;
    }

    public String getSso() { return sso; }
    public void setSso(String sso) { this.sso = sso; }
    public boolean isSignedOut() { return signedOut; }
    public void setSignedOut(boolean signedOut) { this.signedOut = signedOut; }
    public String getContinueTo() { return continueTo; }
    public void setContinueTo(String continueTo) { this.continueTo = continueTo; }
}
