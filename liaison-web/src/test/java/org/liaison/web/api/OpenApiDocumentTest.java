package org.liaison.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    @Test
    void operationIdsFollowTheMethodAndThePathSoTheyAreUnique() {
        assertEquals("getAgencies", OpenApiDocument.operationId(HttpMethod.GET, "/api/agencies"));
        assertEquals("putAgenciesById", OpenApiDocument.operationId(HttpMethod.PUT, "/api/agencies/{id}"));
        assertEquals("getAgreementsByIdDocumentsByDocumentId",
                OpenApiDocument.operationId(HttpMethod.GET, "/api/agreements/{id}/documents/{documentId}"));
        assertEquals("getRelationshipsWhoToCall", OpenApiDocument.operationId(HttpMethod.GET,
                "/api/relationships/who-to-call"));
        assertEquals("getCalendarFeedByTokenIcs", OpenApiDocument.operationId(HttpMethod.GET,
                "/api/calendar/feed/{token}.ics"));
    }
}
