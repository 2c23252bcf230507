package org.liaison.domain.relationship;

public enum RelationshipStatus {
    ACTIVE, PAUSED, ENDED
}
