package org.liaison.web.training;

import java.io.IOException;
import org.liaison.domain.shared.StoredFile;
import org.liaison.domain.training.ExerciseDocument;
import org.liaison.platform.FileInfo;
import org.liaison.training.ExerciseDocumentService;
import org.primefaces.model.file.UploadedFile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.training.Conflict;
import org.liaison.training.ExerciseService;
import org.liaison.training.RegistrationService;
import org.liaison.training.ScheduleConflicts;
import org.liaison.training.TrainingRecords;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Faces;

/** exercises/view: an exercise, its lifecycle, and registrations on both sides. */
@Named
@ViewScoped
public class ExerciseViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExerciseService exercises;

    @Inject
    RegistrationService registrationService;

    @Inject
    TrainingRecords records;

    @Inject
    ExerciseDocumentService documentService;

    @Inject
    ActiveUser user;

    private Long id;
    /** The version the person saw: a lifecycle move made on it is refused when someone changed the exercise since. */
    private long versionShown;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient Exercise exercise;
    private transient List<Registration> registrations;
    private transient long[] held;
    /** Whether the records were read on this node (false again once the session was read back elsewhere). */
    private transient boolean read;
    private String reason;
    /** What the schedule step collided with, listed with the override reason field; empty when nothing did. */
    private List<Conflict> conflicts = new ArrayList<>();
    private String overrideReason;
    private transient List<FileInfo> documents;
    private transient UploadedFile documentFile;
    private PickOption staffPick;
    private PickOption personPick;
    /** What the last registration did, shown beside the list (a status region, not a global message). */
    private String notice;

    /** Shows the exercise as it is now: on opening the page (f:viewAction) and after each change made on it. */
    public void load() {
        if (read()) {
            versionShown = exercise.getVersion();
        }
    }

    /** False, with the not-found page on its way, when the exercise is gone or out of the caller's scope. */
    private boolean read() {
        read = true;
        try {
            exercise = exercises.find(id);
            registrations = registrationService.list(id, false, new PageRequest(0, PageRequest.MAX_LIMIT, null, true))
                    .items();
            held = records.placesHeld(List.of(id)).getOrDefault(id, new long[2]);
            documents = documentService.list(id);
            return true;
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
            return false;
        }
    }

    /** The records shown, read again (keeping the version seen) when the session has travelled without them. */
    private void readAgainIfAbsent() {
        if (!read) {
            read();
        }
    }

    public void move(String move) {
        move(move, null);
    }

    /** Schedules over the conflicts shown, giving the reason typed beside them; only this button overrides. */
    public void scheduleAnyway() {
        move("SCHEDULE", overrideReason);
    }

    private void move(String move, String override) {
        try {
            exercise = exercises.move(id, versionShown, ExerciseService.Move.valueOf(move), LocalDate.now(),
                    reason, override);
            conflicts = new ArrayList<>();
            overrideReason = null;
            Feedback.info("exercise.moved", Texts.get("enum.ExerciseStatus." + exercise.getStatus()));
            // the status, the header's links and the registration form all follow the move; a refusal redraws only
            // the lifecycle form (its button's update), which leaves the registration form's picks alone
            Ajax.updateAll();
        } catch (ScheduleConflicts e) {
            conflicts = new ArrayList<>(e.getConflicts());
            Feedback.refused(Texts.get("exercise.conflicts.found"));
        } catch (InvalidInput e) {
            Feedback.invalid(e, "lifecycle");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), "lifecycle");
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            Feedback.stale();
            Ajax.updateAll(); // load() below shows the exercise as it now is: all of it
        }
        load();
    }

    public void attachDocument() {
        if (documentFile == null || documentFile.getSize() == 0) {
            Feedback.besideFile("attach", "file", Texts.get("exercise.document.none"));
            return;
        }
        try {
            ExerciseDocument saved = documentService.attach(id, documentFile.getFileName(), documentFile.getContent());
            Feedback.info("exercise.document.attached", saved.getFile().getFileName());
        } catch (DomainRuleViolation e) {
            Feedback.besideFile("attach", "file", e.getMessage());
        }
        documents = documentService.list(id);
    }

    public void download(FileInfo info) throws IOException {
        StoredFile file = documentService.find(id, info.id()).getFile();
        Faces.sendFile(file.getContent(), file.getFileName(), true);
    }

    public void removeDocument(FileInfo info) {
        try {
            documentService.remove(id, info.id());
            Feedback.info("exercise.document.removed");
        } catch (RecordNotFound e) {
            Feedback.stale();
        }
        documents = documentService.list(id);
    }

    public void registerMe() {
        register(() -> registrationService.registerStaff(id, null), () -> { });
    }

    public void registerStaff() {
        if (staffPick != null) {
            register(() -> registrationService.registerStaff(id, staffPick.id()), () -> staffPick = null);
        }
    }

    public void registerAgencyPerson() {
        if (personPick != null) {
            register(() -> registrationService.registerAgencyPerson(id, personPick.id()), () -> personPick = null);
        }
    }

    /** Registers; the pick is cleared only when it worked, so a refused one stays chosen beside its error. */
    private void register(java.util.function.Supplier<Registration> action, Runnable onSuccess) {
        try {
            Registration registration = action.get();
            onSuccess.run();
            notice = registration.isWaitlisted() ? Texts.get("exercise.registered.waitlist", registration.getPersonName())
                    : Texts.get("exercise.registered", registration.getPersonName());
        } catch (InvalidInput e) {
            Feedback.invalid(rename(e), "registrations");
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                // e.g. a person whose agency does not take part: said beside the person picker
                Feedback.invalid(rename(InvalidInput.of(e.getField(), e.getMessage())), "registrations");
            } else {
                Feedback.refused(e.getMessage());
            }
        }
        load();
    }

    /** The registration service's field names as this page's pickers: staff member and agency person. */
    private static InvalidInput rename(InvalidInput e) {
        return e.renamed(java.util.Map.of("userId", "staff", "contactId", "person"));
    }

    public void cancel(Long registrationId, long version) {
        try {
            registrationService.move(id, registrationId, version, RegistrationService.Move.CANCEL);
            notice = Texts.get("exercise.registration.cancelled");
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        }
        load();
    }

    public List<PickOption> completeStaff(String query) {
        return registrationService.staffToRegister(id, query, 10).stream()
                .map(u -> new PickOption(u.getId(), u.getDisplayName())).toList();
    }

    public List<PickOption> completeAgencyPerson(String query) {
        return registrationService.agencyPeopleToRegister(id, query, 10).stream()
                .map(c -> new PickOption(c.getId(), c.getDisplayName() + " (" + c.getAgency().getName() + ")")).toList();
    }

    public boolean canCancel(Registration r) {
        readAgainIfAbsent();
        boolean active = r.getStatus() == RegistrationStatus.REGISTERED || r.getStatus() == RegistrationStatus.CONFIRMED;
        boolean own = r.getUser() != null && r.getUser().getUsername().equals(user.getProfile().username());
        return active && exercise.isOpenForRegistration() && (own || isEditor() || user.is("PARTNER"));
    }

    public boolean isEditable() {
        return isEditor() && !user.is("PARTNER");
    }

    private boolean isEditor() {
        return user.isEditor();
    }

    public boolean isCanRegisterSelf() {
        readAgainIfAbsent();
        return (user.is("OFFICER") || user.is("MANAGER")) && registrations.stream().noneMatch(r -> r.getUser() != null
                && r.getUser().getUsername().equals(user.getProfile().username())
                && r.getStatus() != RegistrationStatus.CANCELLED);
    }

    public boolean isCanRegisterStaff() {
        return isEditable();
    }

    public boolean isCanRegisterAgencyPeople() {
        return isEditable() || user.is("PARTNER");
    }

    public boolean isAttendanceOpen() {
        readAgainIfAbsent();
        return exercise.isAttendanceOpen(LocalDate.now());
    }

    public String getCapacityText() {
        readAgainIfAbsent();
        return Texts.get("exercise.capacity.text", exercise.getStaffCapacity(), exercise.getAgencyCapacity());
    }

    public String getPlacesText() {
        readAgainIfAbsent();
        return Texts.get("exercise.places.text", held[0], exercise.getStaffCapacity(), held[1],
                exercise.getAgencyCapacity());
    }

    public String getNotice() { return notice; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    public Exercise getExercise() {
        readAgainIfAbsent();
        return exercise;
    }

    public List<Registration> getRegistrations() {
        readAgainIfAbsent();
        return registrations;
    }

    public List<FileInfo> getDocuments() {
        readAgainIfAbsent();
        return documents;
    }

    public List<Conflict> getConflicts() { return conflicts; }
    public UploadedFile getDocumentFile() { return documentFile; }
    public void setDocumentFile(UploadedFile documentFile) { this.documentFile = documentFile; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public PickOption getStaffPick() { return staffPick; }
    public void setStaffPick(PickOption staffPick) { this.staffPick = staffPick; }
    public PickOption getPersonPick() { return personPick; }
    public void setPersonPick(PickOption personPick) { this.personPick = personPick; }
}
