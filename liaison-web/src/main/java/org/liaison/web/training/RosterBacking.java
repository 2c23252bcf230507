package org.liaison.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.Registration;
import org.liaison.domain.training.RegistrationStatus;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.training.ExerciseService;
import org.liaison.training.RegistrationService;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;

/** exercises/roster: attendance on the day, one tap per person (each tap is saved at once). */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExerciseService exercises;

    @Inject
    RegistrationService registrations;

    private Long id;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient Exercise exercise;
    private transient List<Registration> people;
    /** Whether the records were read on this node (false again once the session was read back elsewhere). */
    private transient boolean read;

    /** Shows the roster as it is now: on opening the page (f:viewAction) and after each mark. */
    public void load() {
        read = true;
        try {
            exercise = exercises.find(id);
            people = registrations.list(id, true, new PageRequest(0, PageRequest.MAX_LIMIT, null, true)).items();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    public void mark(Long registrationId, boolean present) {
        try {
            registrations.attendance(id, List.of(new RegistrationService.Mark(registrationId, present)),
                    LocalDate.now());
        } catch (DomainRuleViolation e) {
            Feedback.refused(e.getMessage());
        }
        load();
    }

    private void readAgainIfAbsent() {
        if (!read) {
            load();
        }
    }

    public String getCountText() {
        readAgainIfAbsent();
        long present = people.stream().filter(r -> r.getStatus() == RegistrationStatus.ATTENDED).count();
        long absent = people.stream().filter(r -> r.getStatus() == RegistrationStatus.NO_SHOW).count();
        return Texts.get("exercise.roster.count", present, absent, people.size() - present - absent);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    public Exercise getExercise() {
        readAgainIfAbsent();
        return exercise;
    }

    public List<Registration> getRegistrations() {
        readAgainIfAbsent();
        return people;
    }
}
