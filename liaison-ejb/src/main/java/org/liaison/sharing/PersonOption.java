package org.liaison.sharing;

import java.io.Serializable;

/** A person who can be named in a bulletin's audience; agencyName is set for partners. */
public record PersonOption(Long id, String displayName, String agencyName) implements Serializable {

    public String label() {
        return agencyName == null ? displayName : displayName + " · " + agencyName;
    }
}
