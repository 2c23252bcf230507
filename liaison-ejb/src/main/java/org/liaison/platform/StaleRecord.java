package org.liaison.platform;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record after the caller read it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class StaleRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleRecord(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else; reload it and apply your change again");
    }
}
