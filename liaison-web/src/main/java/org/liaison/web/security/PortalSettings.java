package org.liaison.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.account.GroupRoles;

/**
 * The intranet portal settings, read once from MicroProfile Config (environment variables such as
 * {@code LIAISON_OIDC_PROVIDER_URI}, or system properties such as {@code liaison.oidc.provider.uri}). Single sign-on and
 * bearer tokens are on only when the provider, client id and client secret are all set; without them Liaison signs
 * people in with its own accounts, exactly as before.
 */
public final class PortalSettings {

    private static final Logger LOG = Logger.getLogger("org.liaison.security");

    private static volatile PortalSettings current;

    private final String providerUri;
    private final String clientId;
    private final String clientSecret;
    private final String callerClaim;
    private final String groupsClaim;
    private final GroupRoles groupRoles;
    private final boolean endProviderSession;
    private final String apiAudience;
    private final List<String> portalOrigins;
    private final String baseUrl;

    /** @param config a setting by its MicroProfile Config name, e.g. liaison.oidc.provider.uri */
    PortalSettings(java.util.function.Function<String, Optional<String>> config) {
        this.providerUri = text(config, "liaison.oidc.provider.uri").map(PortalSettings::withoutTrailingSlash)
                .orElse(null);
        this.clientId = text(config, "liaison.oidc.client.id").orElse(null);
        this.clientSecret = text(config, "liaison.oidc.client.secret").orElse(null);
        this.callerClaim = text(config, "liaison.oidc.caller.claim").orElse("preferred_username");
        this.groupsClaim = text(config, "liaison.oidc.groups.claim").orElse("groups");
        this.groupRoles = groupRoles(text(config, "liaison.oidc.group.roles").orElse(null));
        this.endProviderSession = text(config, "liaison.oidc.end.session").map(Boolean::parseBoolean).orElse(true);
        this.apiAudience = text(config, "liaison.api.audience").orElse("liaison-api");
        this.portalOrigins = origins(text(config, "liaison.portal.origins").orElse(""));
        this.baseUrl = text(config, "liaison.base.url").map(PortalSettings::withoutTrailingSlash).orElse(null);
        if (providerUri != null && !isSingleSignOn()) {
            LOG.severe("event=sso.off reason=incomplete: LIAISON_OIDC_PROVIDER_URI is set but LIAISON_OIDC_CLIENT_ID or"
                    + " LIAISON_OIDC_CLIENT_SECRET is not; single sign-on and bearer tokens stay off");
        }
    }

    /** The settings of this server, read on first use. */
    public static PortalSettings get() {
        PortalSettings settings = current;
        if (settings == null) {
            Config config = ConfigProvider.getConfig(PortalSettings.class.getClassLoader());
            settings = new PortalSettings(name -> config.getOptionalValue(name, String.class));
            current = settings;
        }
        return settings;
    }

    public boolean isSingleSignOn() {
        return providerUri != null && clientId != null && clientSecret != null;
    }

    /**
     * The address of a path inside Liaison as the person's browser must see it: under {@code LIAISON_BASE_URL} when
     * set (behind a TLS proxy the request itself says http and an inner host), else from the request.
     */
    public String external(HttpServletRequest request, String path) {
        if (baseUrl != null) {
            return baseUrl + path;
        }
        StringBuilder url = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!(port == 80 && "http".equals(request.getScheme())) && !(port == 443 && "https".equals(request.getScheme()))) {
            url.append(':').append(port);
        }
        return url.append(request.getContextPath()).append(path).toString();
    }

    /** Where a redirect inside Liaison goes: absolute under the base URL when set, else the context path. */
    public String local(HttpServletRequest request, String path) {
        return baseUrl != null ? baseUrl + path : request.getContextPath() + path;
    }

    /** The provider's origin (scheme, host, port), which the page policy lets a sign-out form redirect to. */
    public Optional<String> providerOrigin() {
        return providerUri == null ? Optional.empty() : origin(providerUri);
    }

    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? Optional.empty()
                    : Optional.of(uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static List<String> origins(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                .map(PortalSettings::withoutTrailingSlash)
                .filter(o -> {
                    boolean ok = o.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");
                    if (!ok) {
                        LOG.severe(() -> "event=portal.origin.ignored origin=" + o + " (write scheme://host[:port])");
                    }
                    return ok;
                }).toList();
    }

    private static GroupRoles groupRoles(String text) {
        try {
            return GroupRoles.parse(text);
        } catch (IllegalArgumentException wrong) {
            LOG.log(Level.SEVERE, "event=sso.group-roles.ignored reason={0}: no account is created at first sign-in"
                    + " until LIAISON_OIDC_GROUP_ROLES is corrected", wrong.getMessage());
            return GroupRoles.none();
        }
    }

    private static Optional<String> text(java.util.function.Function<String, Optional<String>> config, String name) {
        return config.apply(name).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String providerUri() { return providerUri; }
    public String clientId() { return clientId; }
    String clientSecret() { return clientSecret; }
    public String callerClaim() { return callerClaim; }
    public String groupsClaim() { return groupsClaim; }
    public GroupRoles groupRoles() { return groupRoles; }
    public boolean endProviderSession() { return endProviderSession; }
    public String apiAudience() { return apiAudience; }
    public List<String> portalOrigins() { return portalOrigins; }
}
