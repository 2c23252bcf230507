package org.liaison.domain.facility;

/** Where a facility sits in a health system. */
public enum FacilityKind {
    SYSTEM, HOSPITAL, SITE
}
