package org.liaison.domain.shared;

/**
 * The FEMA core capabilities (National Preparedness Goal) that a hospital's joint work with law enforcement exercises
 * and reviews: exercises name the ones they test, after-action findings the one they rate. One list for both, so a
 * finding can be traced to the exercises of the same capability.
 */
public enum CoreCapability {
    PLANNING,
    OPERATIONAL_COORDINATION,
    OPERATIONAL_COMMUNICATIONS,
    PUBLIC_INFORMATION_AND_WARNING,
    INTELLIGENCE_AND_INFORMATION_SHARING,
    SITUATIONAL_ASSESSMENT,
    ACCESS_CONTROL_AND_IDENTITY_VERIFICATION,
    PHYSICAL_PROTECTIVE_MEASURES,
    SCREENING_SEARCH_AND_DETECTION,
    ON_SCENE_SECURITY_PROTECTION_AND_LAW_ENFORCEMENT,
    INTERDICTION_AND_DISRUPTION,
    PUBLIC_HEALTH_HEALTHCARE_AND_EMS,
    MASS_CARE_SERVICES,
    FATALITY_MANAGEMENT_SERVICES,
    FORENSICS_AND_ATTRIBUTION
}
