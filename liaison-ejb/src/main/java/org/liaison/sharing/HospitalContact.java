package org.liaison.sharing;

import java.io.Serializable;

/** Whom a partner should call at a hospital: the manager who owns the relationship with their agency. */
public record HospitalContact(String facilityName, String name, String email) implements Serializable {
}
