package org.liaison.domain.relationship;

/** What an agency is to a facility. */
public enum RelationshipRole {
    PRIMARY, SECONDARY, MUTUAL_AID
}
