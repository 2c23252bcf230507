package org.liaison.domain.sharing.disclosure;

/** The legal process behind a disclosure, where one applies. */
public enum LegalDocument {
    COURT_ORDER, WARRANT, SUBPOENA, ADMINISTRATIVE_REQUEST, WRITTEN_REQUEST
}
