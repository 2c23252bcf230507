package org.liaison.domain.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Reason;
import org.liaison.domain.shared.Tlp;

/** One published version of a bulletin, kept for good: recipients can see what each update changed. */
@Entity
@Table(name = "bulletin_version")
public class BulletinVersion extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bulletin_id", nullable = false)
    private Bulletin bulletin;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 160)
    private String title;

    @Column(name = "body", nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "tlp", nullable = false, length = 16)
    private Tlp tlp;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "ack_deadline")
    private LocalDate acknowledgementDeadline;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "saved_by", nullable = false, length = 40)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    public BulletinVersion() {
    }

    /** The bulletin as it reads now, as its current version number. */
    public BulletinVersion(Bulletin of, String note, String by, LocalDateTime at) {
        this.bulletin = of;
        this.number = of.getVersionNumber();
        this.title = of.getTitle();
        this.body = of.getBody();
        this.tlp = of.getTlp();
        this.validUntil = of.getValidUntil();
        this.acknowledgementDeadline = of.getAcknowledgementDeadline();
        this.changeNote = note == null || note.isBlank() ? null : note.strip();
        if (changeNote != null && changeNote.length() > Reason.MAX) {
            throw DomainRuleViolation.onField("changeNote", "bulletin.changeNote.tooLong",
                    "Too long: at most " + Reason.MAX + " characters.");
        }
        this.savedBy = by;
        this.savedAt = at;
    }

    /** The fields that differ from the previous version, by their JSON names, in a fixed order. */
    public List<String> changedFrom(BulletinVersion previous) {
        List<String> changed = new ArrayList<>();
        if (previous == null) {
            return changed;
        }
        if (!Objects.equals(title, previous.title)) {
            changed.add("title");
        }
        if (!Objects.equals(body, previous.body)) {
            changed.add("body");
        }
        if (tlp != previous.tlp) {
            changed.add("tlp");
        }
        if (!Objects.equals(validUntil, previous.validUntil)) {
            changed.add("validUntil");
        }
        if (!Objects.equals(acknowledgementDeadline, previous.acknowledgementDeadline)) {
            changed.add("acknowledgementDeadline");
        }
        return changed;
    }

    public Bulletin getBulletin() { return bulletin; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Tlp getTlp() { return tlp; }
    public LocalDate getValidUntil() { return validUntil; }
    public LocalDate getAcknowledgementDeadline() { return acknowledgementDeadline; }
    public String getChangeNote() { return changeNote; }
    public String getSavedBy() { return savedBy; }
    public LocalDateTime getSavedAt() { return savedAt; }
}
