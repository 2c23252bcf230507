package org.liaison.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.liaison.account.SignInService;
import org.liaison.platform.DatabaseOutage;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ProblemMapper;
import org.liaison.web.health.DatabaseBreaker;

/**
 * The one authentication mechanism (Jakarta Security allows one HttpAuthenticationMechanism bean), routing every
 * request: people sign in on the login page, or through the hospital's OpenID provider when it is configured
 * ({@code /sso/start} and {@code /sso/callback}, see {@link SingleSignOn}), and stay signed in through their session;
 * scripts and the intranet portal's server send HTTP Basic or a bearer token of the provider ({@link BearerTokens}) on
 * every call to /api/*. API calls never use the session cookie, so a page cannot be tricked into calling the API on
 * someone's behalf.
 *
 * Every request of a session re-reads the account, so disabling it or changing its roles takes effect at once,
 * on every instance of a cluster.
 */
@ApplicationScoped
public class LiaisonAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "liaison.user";

    @Inject
    SignInService signIn;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Runs before any filter: a challenge or redirect written here must carry the security headers too.
        ResponseHardeningFilter.harden(request, response);
        try {
            return authenticate(request, response, context);
        } catch (OutageRemembered refused) {
            return unavailable(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            // The accounts cannot be read: say "unavailable, try again" rather than fail with a bare 500. The
            // breaker logs the start of the outage once and turns the next requests away without waiting.
            DatabaseBreaker.process().failed("sign-in", DatabaseOutage.reason(failure));
            return unavailable(request, response, context);
        }
    }

    /** Thrown before a database read while the breaker remembers an outage; carries no stack trace. */
    private static final class OutageRemembered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutageRemembered() {
            super("database outage remembered", null, false, false);
        }
    }

    /** Every database read of this mechanism goes through here. */
    private static <T> T fromDatabase(java.util.function.Supplier<T> read) {
        DatabaseBreaker breaker = DatabaseBreaker.process();
        if (breaker.refuses()) {
            throw new OutageRemembered();
        }
        T value = read.get();
        breaker.succeeded();
        return value;
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential login) {
            return signInFromPage(request, context, login);
        }
        if (isApi(request)) {
            return authenticateApiCall(request, response, context);
        }
        if (PortalSettings.get().isSingleSignOn()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if ("/sso/start".equals(path)) {
                return startSingleSignOn(request, response, context);
            }
            if ("/sso/callback".equals(path)) {
                return finishSingleSignOn(request, context);
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof String username) {
            Optional<Set<String>> groups = fromDatabase(() -> signIn.activeGroups(username));
            if (groups.isPresent() && !groups.get().contains(org.liaison.domain.account.Role.PORTAL_)) {
                return context.notifyContainerAboutLogin(username, groups.get());
            }
            // the account was disabled or removed (or became the portal's, which reads the API only): the session ends
            session.invalidate();
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInFromPage(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential login) {
        String username = login.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Set<String>> groups = fromDatabase(
                () -> signIn.verify(username, login.getPasswordAsString(), request.getRemoteAddr()));
        if (groups.isEmpty() || groups.get().contains(org.liaison.domain.account.Role.PORTAL_)) {
            return AuthenticationStatus.SEND_FAILURE; // a portal account reads the API only
        }
        // A new session id at sign-in: a session id planted before it is worth nothing after.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, username);
        request.getSession().setAttribute(SignedInPerson.SESSION_KEY, new SignedInPerson(username, null, Set.of(),
                false, java.time.LocalDateTime.now(), null));
        signIn.recordSignIn(username, request.getRemoteAddr());
        return context.notifyContainerAboutLogin(username, groups.get());
    }

    private AuthenticationStatus authenticateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] parts = decode(header.substring(6).trim());
            if (parts != null) {
                Optional<Set<String>> groups = fromDatabase(
                        () -> signIn.verify(parts[0], parts[1], request.getRemoteAddr()));
                if (groups.isPresent()) {
                    return context.notifyContainerAboutLogin(parts[0].trim().toLowerCase(java.util.Locale.ROOT),
                            groups.get());
                }
            }
            return challenge(response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<BearerTokens.Bearer> bearer = bearerTokens.verify(header.substring(7).trim(),
                    request.getRemoteAddr());
            if (bearer.isPresent()) {
                return context.notifyContainerAboutLogin(bearer.get().name(), bearer.get().groups());
            }
            return refuseToken(response, context);
        }
        // A personal calendar feed is fetched by calendar clients that cannot sign in (web.xml leaves it open; the
        // token in its path is the key), yet Payara reports it protected: it must not be challenged.
        boolean openFeed = request.getRequestURI().startsWith(request.getContextPath() + "/api/calendar/feed/");
        return context.isProtected() && !openFeed ? challenge(response, context) : context.doNothing();
    }

    /** 401 for a token that does not count (RFC 6750): invalid, expired, another audience or issuer, unsigned. */
    private static AuthenticationStatus refuseToken(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Liaison\", error=\"invalid_token\"");
            Problem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The bearer token is not valid: unsigned, expired, or not issued for this API by its provider.");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Sends the browser to the hospital's provider, or back to the sign-in page when the provider is unreachable. */
    private AuthenticationStatus startSingleSignOn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        PortalSettings settings = PortalSettings.get();
        String continueTo = LoginBacking.safeTarget(request.getParameter("continue"));
        try {
            return context.redirect(singleSignOn.start(request, continueTo));
        } catch (IdentityProvider.Unavailable unreachable) {
            return context.redirect(settings.local(request, "/login?sso=unavailable&continue="
                    + URLEncoder.encode(continueTo, StandardCharsets.UTF_8)));
        }
    }

    /**
     * The provider's answer. A signed-in person gets a new session holding only Liaison's own plain values (the
     * session id and every attribute of the start are dropped), then the page they asked for.
     */
    private AuthenticationStatus finishSingleSignOn(HttpServletRequest request, HttpMessageContext context) {
        SingleSignOn.Ending ending = singleSignOn.callback(request);
        if (ending.person() != null) {
            HttpSession old = request.getSession(false);
            if (old != null) {
                old.invalidate();
            }
            HttpSession fresh = request.getSession(true);
            fresh.setAttribute(SESSION_USER, ending.person().username());
            fresh.setAttribute(SignedInPerson.SESSION_KEY, ending.person());
        }
        return context.redirect(PortalSettings.get().local(request, ending.path()));
    }

    private static String[] decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Liaison\", charset=\"UTF-8\"");
            if (PortalSettings.get().isSingleSignOn()) {
                response.addHeader("WWW-Authenticate", "Bearer realm=\"Liaison\"");
            }
            Problem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Sign in with HTTP Basic: a valid user name and password are required.");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            response.setHeader("Retry-After", "30");
            if (isApi(request)) {
                Problem.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
                        ProblemMapper.UNAVAILABLE);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        // The widget a portal frames signs in through the provider straight away: the sign-in page may not be framed.
        boolean viaProvider = target.startsWith("/embed/") && PortalSettings.get().isSingleSignOn();
        String login = PortalSettings.get().local(request, viaProvider ? "/sso/start" : "/login")
                + ("/".equals(target) ? "" : "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request after the session expired: tell Faces' JavaScript to navigate.
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
        }
        return context.redirect(login);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
