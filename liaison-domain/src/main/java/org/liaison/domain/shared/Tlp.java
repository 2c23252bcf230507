package org.liaison.domain.shared;

/**
 * A Traffic Light Protocol 2.0 label (FIRST): how far a piece of information may travel. Meeting minutes and
 * bulletins carry one, and every read path filters by it. The JSON and database value is the constant's name
 * ({@code AMBER_STRICT} for TLP:AMBER+STRICT).
 *
 * <p>Who a label admits, in the terms of the reader's relation to the record:
 * <ul>
 *   <li>RED: named recipients only (a meeting's named attendees, a bulletin's named people);</li>
 *   <li>AMBER+STRICT: the recipient organisation only (for our own minutes: the hospital's staff);</li>
 *   <li>AMBER: the recipient organisations (ours, and the agencies the record is addressed to or that were present);</li>
 *   <li>GREEN and CLEAR: everyone in the community (every signed-in user).</li>
 * </ul>
 */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED;

    /** The label as people write it: "TLP:AMBER+STRICT". */
    public String label() {
        return "TLP:" + name().replace("_STRICT", "+STRICT");
    }

    /**
     * What a meeting under this label is called for a reader it does not admit, wherever it shows (the calendar, a
     * person's commitments, the API): "Meeting (TLP:RED)".
     */
    public String withheldMeetingTitle() {
        return "Meeting (" + label() + ")";
    }

    /** Whether a reader standing in the given relation to the record may read it under this label. */
    public boolean admits(Reader reader) {
        return switch (this) {
            case CLEAR, GREEN -> true;
            case AMBER -> reader.named() || reader.ownOrganisation() || reader.recipientOrganisation();
            case AMBER_STRICT -> reader.named() || reader.ownOrganisation();
            case RED -> reader.named();
        };
    }

    /** True when this label restricts more than the other (RED is the strictest, CLEAR the least strict). */
    public boolean isStricterThan(Tlp other) {
        return ordinal() > other.ordinal();
    }

    /**
     * How a reader relates to a labelled record.
     *
     * @param named                 the reader is named on the record (attendee, named recipient)
     * @param ownOrganisation       the reader belongs to the organisation the label is relative to (for hospital
     *                              records: hospital staff in scope of the record's facility)
     * @param recipientOrganisation the reader belongs to an organisation the record is addressed to (a partner of an
     *                              agency present at the meeting or addressed by the bulletin)
     */
    public record Reader(boolean named, boolean ownOrganisation, boolean recipientOrganisation) {
    }
}
