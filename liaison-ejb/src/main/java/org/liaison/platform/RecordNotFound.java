package org.liaison.platform;

import jakarta.ejb.ApplicationException;

/** The record does not exist, or it is outside the caller's scope: both answer the same, so scope leaks nothing. */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFound(String recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
