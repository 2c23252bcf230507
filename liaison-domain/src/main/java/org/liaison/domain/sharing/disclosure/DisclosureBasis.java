package org.liaison.domain.sharing.disclosure;

/** The HIPAA 45 CFR 164.512(f) paragraph a disclosure to law enforcement rests on. */
public enum DisclosureBasis {
    /** (f)(1): required by law, court order, warrant, subpoena or administrative request. */
    REQUIRED_BY_LAW,
    /** (f)(2): identifying or locating a suspect, fugitive, material witness or missing person. */
    IDENTIFICATION_LOCATION,
    /** (f)(3): about a victim of a crime. */
    VICTIM,
    /** (f)(4): about a decedent, when death may have resulted from criminal conduct. */
    DECEDENT,
    /** (f)(5): evidence of a crime on the premises. */
    CRIME_ON_PREMISES,
    /** (f)(6): reporting a crime in an emergency. */
    EMERGENCY_CRIME
}
