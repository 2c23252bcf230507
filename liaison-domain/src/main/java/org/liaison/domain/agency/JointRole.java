package org.liaison.domain.agency;

/** The part a contact plays when the hospital and the agency respond together. */
public enum JointRole {
    LIAISON_OFFICER, WATCH_COMMANDER, PATROL_SUPERVISOR, DISPATCH_SUPERVISOR, INVESTIGATOR, COMMAND_STAFF, OTHER
}
