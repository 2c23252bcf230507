package org.liaison.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The role check comes before anything else a request costs: a caller whose role may not use a resource method
 * gets 403 before its body is read or validated, so an officer learns nothing from posting an invalid agency. Each
 * resource method names its roles with {@code @RolesAllowed} (the service checks them again, and its scope).
 * A method with neither {@code @RolesAllowed} nor {@code @PermitAll} is refused for everyone: forgetting the
 * annotation closes an endpoint rather than opening it (ArchitectureTest also requires one).
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (!isOurs(resource.getResourceClass())) {
            return; // Jersey's own OPTIONS and HEAD answers carry no data
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            Endpoints.record(resource.getResourceClass(), method, List.of(), true);
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        List<String> allowed = roles == null ? List.of() : List.of(roles.value());
        Endpoints.record(resource.getResourceClass(), method, allowed, false);
        context.register(new Filter(allowed));
    }

    private static boolean isOurs(Class<?> resourceClass) {
        return resourceClass != null && resourceClass.getName().startsWith("org.liaison.");
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Filter implements ContainerRequestFilter {

        private final List<String> roles;

        Filter(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            for (String role : roles) {
                if (request.getSecurityContext().isUserInRole(role)) {
                    return;
                }
            }
            request.abortWith(Problem.response(403, "Forbidden", "Your role does not allow this."));
        }
    }
}
