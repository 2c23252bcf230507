package org.liaison.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.liaison.domain.account.UserAccount;
import org.liaison.domain.agency.Contact;
import org.liaison.domain.shared.BaseEntity;

/** A person invited to a meeting: a staff member or a person of an agency, never both; present once it is held. */
@Entity
@Table(name = "meeting_attendee")
public class MeetingAttendee extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(name = "present", nullable = false)
    private boolean present;

    protected MeetingAttendee() {
    }

    static MeetingAttendee staff(Meeting meeting, UserAccount user) {
        MeetingAttendee a = new MeetingAttendee();
        a.meeting = meeting;
        a.user = user;
        return a;
    }

    static MeetingAttendee agencyContact(Meeting meeting, Contact contact) {
        MeetingAttendee a = new MeetingAttendee();
        a.meeting = meeting;
        a.contact = contact;
        return a;
    }

    void markPresent(boolean wasThere) {
        this.present = wasThere;
    }

    /** "user:12" or "contact:34", for the audit trail. */
    String describe() {
        // presence is part of the minutes: who was there must show in the trail when it is recorded or corrected
        return (user != null ? "user:" + user.getId() : "contact:" + (contact == null ? null : contact.getId()))
                + (present ? " present" : "");
    }

    public String getName() {
        return user != null ? user.getDisplayName() : contact.getDisplayName();
    }

    public Meeting getMeeting() { return meeting; }
    public UserAccount getUser() { return user; }
    public Contact getContact() { return contact; }
    public boolean isPresent() { return present; }
}
