package org.liaison.domain.meeting;

/** Community events with law-enforcement participation. */
public enum CommunityEventKind {
    NATIONAL_NIGHT_OUT, COFFEE_WITH_A_COP, SAFETY_FAIR, YOUTH_PROGRAM, OTHER
}
