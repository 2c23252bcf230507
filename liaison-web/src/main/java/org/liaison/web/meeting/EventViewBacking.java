package org.liaison.web.meeting;

import java.util.List;
import org.liaison.platform.FileInfo;
import org.primefaces.model.file.UploadedFile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.meeting.CommunityEventService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/** events/view: one community event; once it took place, a planner records hours and attendance. */
@Named
@ViewScoped
public class EventViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunityEventService events;

    @Inject
    org.liaison.calendar.CalendarZone zone;

    private Long id;
    private CommunityEvent event;
    private BigDecimal staffHours;
    private Integer publicAttendance;
    private String notes;
    private List<FileInfo> photos = List.of();
    private transient UploadedFile photoFile;
    private String caption;

    public void load() {
        try {
            event = events.find(id);
            notes = event.getNotes();
            photos = events.photos(id);
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void addPhoto() {
        if (photoFile == null || photoFile.getSize() == 0) {
            Feedback.besideFile("add-photo", "photoFile", Texts.get("event.photo.none"));
            return;
        }
        try {
            events.addPhoto(id, photoFile.getFileName(), caption, photoFile.getContent());
            photos = events.photos(id);
            caption = null;
            Feedback.info("event.photo.added");
        } catch (DomainRuleViolation e) {
            Feedback.besideFile("add-photo", "photoFile", e.getMessage());
        }
    }

    public void removePhoto(FileInfo photo) {
        try {
            events.removePhoto(id, photo.id());
            Feedback.info("event.photo.removed");
        } catch (RecordNotFound e) {
            Feedback.stale();
        }
        photos = events.photos(id);
    }

    public void record() {
        try {
            events.record(id, event.getVersion(), staffHours, publicAttendance, notes);
            event = events.find(id);
            Feedback.info("event.recordedDone");
        } catch (InvalidInput e) {
            Feedback.invalid(e, "record");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "record");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
        }
    }

    /** The event as an iCalendar file, from the page (the API's .ics needs HTTP Basic, a page has a session). */
    public void downloadIcs() throws java.io.IOException {
        org.liaison.calendar.CalendarEntry entry = org.liaison.calendar.CalendarEntry.single("COMMUNITY_EVENT",
                event.getId(), "community-event-" + event.getId() + "@liaison", event.getTitle(), false,
                event.getStartsAt(), event.getEndsAt(), event.getLocation(), event.getNotes(),
                "/events/view?id=" + event.getId(), event.getFacility().getId(),
                event.isRecorded() ? "RECORDED" : "PLANNED", false);
        String ics = org.liaison.calendar.CalendarIcs.write("Liaison", java.util.List.of(entry), zone.zone(),
                Faces.getRequestBaseURL().replaceAll("/$", ""));
        Faces.sendFile(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), "community-event-" + event.getId()
                + ".ics", true);
    }

    public List<FileInfo> getPhotos() { return photos; }
    public UploadedFile getPhotoFile() { return photoFile; }
    public void setPhotoFile(UploadedFile photoFile) { this.photoFile = photoFile; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CommunityEvent getEvent() { return event; }
    public BigDecimal getStaffHours() { return staffHours; }
    public void setStaffHours(BigDecimal staffHours) { this.staffHours = staffHours; }
    public Integer getPublicAttendance() { return publicAttendance; }
    public void setPublicAttendance(Integer publicAttendance) { this.publicAttendance = publicAttendance; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
