package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;
import org.liaison.platform.RecordNotFound;

/** Which failures read as "not found": a service's refusal or an unknown record, however deeply wrapped. */
class RefusalExceptionHandlerTest {

    @Test
    void aRoleRefusalWrappedByTheBeanAndTheExpressionIsNotFound() {
        assertTrue(RefusalExceptionHandler.isRefusal(new FacesException(new ELException(
                new AccessLocalException("Client not authorized for this invocation")))));
        assertTrue(RefusalExceptionHandler.isRefusal(new EJBAccessException()));
    }

    @Test
    void anUnknownRecordIsNotFound() {
        assertTrue(RefusalExceptionHandler.isRefusal(new ELException(new RecordNotFound("Agency", 7L))));
    }

    @Test
    void anyOtherFailureStaysAFailure() {
        assertFalse(RefusalExceptionHandler.isRefusal(new FacesException(new EJBException(new IllegalStateException()))));
        assertFalse(RefusalExceptionHandler.isRefusal(new NullPointerException()));
    }
}
