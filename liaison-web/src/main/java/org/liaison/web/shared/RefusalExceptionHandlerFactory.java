package org.liaison.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Puts {@link RefusalExceptionHandler} in front of the handler it is configured after (OmniFaces' full-ajax one),
 * so that a refused or unknown record reads as "not found" on every page, in one place.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
