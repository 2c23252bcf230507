package org.liaison.web.relationship;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The facility a user last chose on who-to-call, kept for the session: an officer who switched to the site they are
 * covering today finds it again on the next visit instead of the first hospital in the list.
 */
@SessionScoped
public class ChosenFacility implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long facilityId;

    public Long get() {
        return facilityId;
    }

    public void set(Long facilityId) {
        this.facilityId = facilityId;
    }
}
