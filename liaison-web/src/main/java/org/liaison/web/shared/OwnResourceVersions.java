package org.liaison.web.shared;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Liaison's own scripts, styles and theme carry their content's fingerprint in their address ({@code v=}). Browsers
 * keep these files for a week; without it, a phone would run last week's script against an upgraded server. The
 * theme otherwise carries PrimeFaces' version, which does not change when only the theme does. A file that did not
 * change keeps its address across upgrades, so it stays cached. Every node of a cluster computes the same
 * fingerprints from the same WAR.
 */
public class OwnResourceVersions extends ResourceHandlerWrapper {

    static final Set<String> OWN_LIBRARIES = Set.of("liaison", "primefaces-liaison");
    private static final Pattern VERSION_PARAMETER = Pattern.compile("([?&])v=[^&]*(&|$)");

    /** Library and name to fingerprint; the WAR's files do not change while it runs. */
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public OwnResourceVersions(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return fingerprinted(super.createResource(resourceName, libraryName), resourceName, libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return fingerprinted(super.createResource(resourceName, libraryName, contentType), resourceName,
                libraryName);
    }

    private Resource fingerprinted(Resource resource, String resourceName, String libraryName) {
        if (resource == null || libraryName == null || !OWN_LIBRARIES.contains(libraryName)) {
            return resource;
        }
        String key = libraryName + "/" + resourceName;
        String known = fingerprints.get(key);
        // Not computeIfAbsent: reading a style sheet resolves the #{resource[...]} addresses in it, which come back
        // here, and a ConcurrentHashMap must not be changed from inside its own computeIfAbsent.
        String fingerprint = known != null ? known : fingerprints.merge(key, fingerprintOf(resource), (a, b) -> a);
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                return withVersion(super.getRequestPath(), fingerprint);
            }
        };
    }

    /** The address with {@code v=} set to the version, replacing one a library put there. */
    static String withVersion(String path, String version) {
        String bare = VERSION_PARAMETER.matcher(path).replaceAll(match -> match.group(2).isEmpty() ? ""
                : match.group(1));
        return bare + (bare.contains("?") ? "&" : "?") + "v=" + version;
    }

    private static String fingerprintOf(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }
}
