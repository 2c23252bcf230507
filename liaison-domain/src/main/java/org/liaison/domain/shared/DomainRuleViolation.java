package org.liaison.domain.shared;

/**
 * A move the domain refuses (an illegal state transition, a rule broken). Carries a message key so the page
 * or the API can say why in the user's words.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public DomainRuleViolation(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
