package org.liaison.domain.agreement;

/** What an agreement covers, so a manager finds "who agreed what about weapons" without reading every PDF. */
public enum ClauseTag {
    FORENSIC_PATIENTS_IN_CUSTODY, WEAPONS, EVIDENCE_HANDLING, PATIENT_INTERVIEWS, PSYCHIATRIC_TRANSPORT,
    INFORMATION_SHARING
}
