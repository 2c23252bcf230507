package org.liaison.domain.shared;

/**
 * A move the domain refuses (an illegal state transition, a rule broken). Carries a message key so the page
 * or the API can say why in the user's words.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    /** The input field at fault when the rule is about one (a 400 on that field), else null (a refused move, 409). */
    private final String field;

    public DomainRuleViolation(String messageKey, String message) {
        this(null, messageKey, message);
    }

    private DomainRuleViolation(String field, String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
        this.field = field;
    }

    /** A rule broken by the value of one field: the client corrects that field. */
    public static DomainRuleViolation onField(String field, String messageKey, String message) {
        return new DomainRuleViolation(field, messageKey, message);
    }

    public String getField() {
        return field;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
