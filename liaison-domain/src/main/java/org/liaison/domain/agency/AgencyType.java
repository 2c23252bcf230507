package org.liaison.domain.agency;

/** The kinds of law-enforcement and public-safety agencies a hospital works with. */
public enum AgencyType {
    MUNICIPAL_POLICE, SHERIFF, STATE_POLICE, FEDERAL, CORRECTIONS, CAMPUS_TRANSIT, DISPATCH
}
