package org.liaison.domain.agreement;

public enum AgreementType {
    MOU, MOA, MUTUAL_AID, EXTRA_DUTY_CONTRACT, DATA_SHARING
}
