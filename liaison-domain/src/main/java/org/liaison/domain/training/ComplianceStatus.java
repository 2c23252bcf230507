package org.liaison.domain.training;

/** Where a facility stands against the CMS exercise rule over the rolling 12 months. */
public enum ComplianceStatus {
    COMPLIANT, AT_RISK, NOT_COMPLIANT
}
