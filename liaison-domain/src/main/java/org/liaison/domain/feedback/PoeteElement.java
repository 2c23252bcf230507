package org.liaison.domain.feedback;

/** The capability element a corrective action fixes (HSEEP improvement plan): POETE. */
public enum PoeteElement {
    PLANNING, ORGANIZATION, EQUIPMENT, TRAINING, EXERCISES
}
