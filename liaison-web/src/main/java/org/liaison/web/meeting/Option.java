package org.liaison.web.meeting;

import java.io.Serializable;

/** One choice of a lazy picker (an agency, a staff member, a person of an agency): its id and what the user reads. */
public record Option(Long id, String label) implements Serializable {

    @Override
    public String toString() {
        return label;
    }
}
