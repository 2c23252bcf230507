package org.liaison.web.api;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the published API description the same way for every operation, since every endpoint answers the same
 * way (see the README's "How the API treats a request"): the problem schema, and per operation the statuses it can
 * answer (401 and 403 always; 400, 413 and 415 when it takes a body; 404 for a record by id; 409 for a change of one).
 * It also removes Payara's non-standard top-level {@code endpoints} field, which standard OpenAPI validators reject
 * (renamed {@code x-endpoints} upstream in 2026, not yet in 6.2025.10). Registered by {@code mp.openapi.filter}.
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());
    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Problem", problemSchema());
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach(this::describe);
        }
        dropPayaraEndpoints(api);
    }

    private void describe(String path, PathItem item) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            // Payara names operations after the Java method (list, get, create...), repeated across resources;
            // operation ids must be unique, so they follow the method and path instead: getAgenciesById.
            operation.setOperationId(operationId(entry.getKey(), path));
            if (operation.getResponses() == null) {
                operation.setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = operation.getResponses();
            problem(responses, 401, "Not signed in: send HTTP Basic credentials.");
            problem(responses, 403, "Your role may not do this, or the write came from another site.");
            boolean takesBody = operation.getRequestBody() != null;
            if (takesBody) {
                problem(responses, 400, "Invalid input: one entry per invalid field in `errors`.");
                problem(responses, 413, "The body is too large.");
                problem(responses, 415, "The body is not of a content type this endpoint reads.");
            } else if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
                problem(responses, 400, "An invalid parameter, named in `errors`.");
            }
            if (path.contains("{")) {
                problem(responses, 404, "No such record, or it is outside your scope.");
            }
            PathItem.HttpMethod method = entry.getKey();
            if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                    || path.endsWith("/transitions")) {
                problem(responses, 409, "Someone changed the record since you read it, or the move is not allowed.");
            }
            problem(responses, 503, "The database cannot be reached; try again after Retry-After seconds.");
        }
    }

    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(java.util.Locale.ROOT));
        for (String segment : path.replaceFirst("^/api/", "").split("/")) {
            if (segment.startsWith("{")) {
                // a parameter, possibly with a suffix: {id}.ics reads ByIdIcs
                int close = segment.indexOf('}');
                id.append("By").append(capitalised(segment.substring(1, close)));
                for (String word : segment.substring(close + 1).split("[^A-Za-z0-9]+")) {
                    id.append(capitalised(word));
                }
            } else {
                for (String word : segment.split("-")) {
                    id.append(capitalised(word));
                }
            }
        }
        return id.toString();
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void problem(APIResponses responses, int status, String description) {
        String code = String.valueOf(status);
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail; errors lists the invalid fields of a 400.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError)
                        .nullable(true));
    }

    /**
     * Payara's own model class has a setter for it (an empty map is left out of the document; null breaks Payara's
     * copy of the model); any other implementation simply has nothing to remove.
     */
    private static void dropPayaraEndpoints(OpenAPI api) {
        try {
            Method setter = api.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(api, new java.util.HashMap<String, java.util.Set<String>>());
        } catch (NoSuchMethodException notPayara) {
            // nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "event=openapi.endpoints-not-removed reason={0}", e.toString());
        }
    }
}
