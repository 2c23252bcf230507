package org.liaison.domain.feedback;

/** What kind of incident brought the police in. */
public enum IncidentCategory {
    ASSAULT_ON_STAFF, WEAPON, FORENSIC_PATIENT, ELOPEMENT, THREAT, DISTURBANCE, THEFT, OTHER
}
