package org.liaison.domain.training;

/** The threat an exercise rehearses. */
public enum Scenario {
    ACTIVE_ASSAILANT, FORENSIC_PATIENT_ESCAPE, HOSTAGE, CIVIL_UNREST, BOMB_THREAT, INFANT_ABDUCTION,
    WORKPLACE_VIOLENCE, MASS_CASUALTY, EVACUATION, OTHER
}
