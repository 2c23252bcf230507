package org.liaison.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingAttendee;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;
import org.liaison.meeting.ActionItemDraft;
import org.liaison.meeting.ActionItemFilter;
import org.liaison.meeting.ActionItemService;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.ReadOncePerNode;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/** meetings/view: one meeting, its lifecycle, its minutes (as their TLP label allows) and its action items. */
@Named
@ViewScoped
public class MeetingViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    ActionItemService items;

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.calendar.CalendarZone zone;

    private Long id;
    /** The version the person saw: a move or minutes written on it are refused when someone changed it since. */
    private long versionShown;
    private final ReadOncePerNode<Meeting> meeting = new ReadOncePerNode<>();
    private boolean minutesReadable;
    /** The meeting's action items: read again when the session has travelled, not carried. */
    private transient List<ActionItem> actionItems;
    private List<Long> presentIds = new ArrayList<>();
    private Tlp tlp;
    private String decisions;
    private String discussion;
    /** The minutes someone else saved while this person was writing theirs, shown beside the editors; else null. */
    private TheirMinutes theirMinutes;
    private String cancelReason;
    private String itemTitle;
    private Option itemOwner;
    private Option itemContact;
    private LocalDate itemDue;

    public void load() {
        try {
            refresh();
        } catch (RecordNotFound e) {
            Faces.responseSendError(404, "Not found");
        }
    }

    private void refresh() {
        Meeting shown = meeting.keep(meetings.find(id));
        versionShown = shown.getVersion();
        minutesReadable = meetings.mayReadMinutes(id);
        actionItems = null;
        presentIds = new ArrayList<>(shown.getAttendees().stream().map(MeetingAttendee::getId).toList());
        tlp = shown.getTlp();
        if (minutesReadable) {
            decisions = shown.getDecisions();
            discussion = shown.getDiscussion();
        }
    }

    public void markHeld() {
        act("lifecycle", () -> meetings.markHeld(id, versionShown, new HashSet<>(presentIds)), () -> Feedback.info("meeting.heldDone"));
    }

    public void saveMinutes() {
        act("minutes", () -> meetings.writeMinutes(id, versionShown, tlp, blankToNull(decisions),
                blankToNull(discussion)), this::minutesSaved, this::keepMinutesShowTheirs);
    }

    private void minutesSaved() {
        theirMinutes = null;
        Feedback.info("meeting.minutesSaved");
    }

    /**
     * Someone else saved the minutes meanwhile. The service answered stale only after checking that their label
     * admits this person (otherwise not found), so they may read what is shown. Long minutes must not be typed again:
     * what this person wrote stays in the editors, theirs is shown beside it, and the page now stands on their
     * version, so a second Save replaces theirs knowingly.
     */
    private void keepMinutesShowTheirs() {
        FacesContext.getCurrentInstance().validationFailed();
        Meeting current;
        try {
            current = meeting.keep(meetings.find(id));
        } catch (RecordNotFound gone) {
            Feedback.error("meeting.gone");
            return;
        }
        versionShown = current.getVersion();
        theirMinutes = new TheirMinutes(current.getTlp(), current.getDecisions(), current.getDiscussion());
        Feedback.error("meeting.minutes.changedMeanwhile");
    }

    /** While someone else's minutes are shown beside unsaved ones, a move would act on minutes nobody settled. */
    private boolean minutesUnsettled() {
        if (theirMinutes != null) {
            Feedback.error("meeting.minutes.settleFirst");
            return true;
        }
        return false;
    }

    /** Minutes as someone else saved them (the editors keep this person's own). */
    public record TheirMinutes(Tlp tlp, String decisions, String discussion) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public void approve() {
        if (minutesUnsettled()) {
            return;
        }
        act("lifecycle", () -> meetings.move(id, versionShown, MeetingService.Move.APPROVE_MINUTES), () -> {
            Feedback.info("meeting.approved");
            // the editors give way to the approved minutes; the button leaves them alone when it is refused
            PrimeFaces.current().ajax().update(":minutes-card");
        });
    }

    public void close() {
        if (minutesUnsettled()) {
            return;
        }
        act("lifecycle", () -> meetings.move(id, versionShown, MeetingService.Move.CLOSE), () -> Feedback.info("meeting.closedDone"));
    }

    public void cancel() {
        act("lifecycle", () -> meetings.cancel(id, versionShown, cancelReason), () -> Feedback.info("meeting.cancelledDone"));
    }

    public void addItem() {
        try {
            items.create(new ActionItemDraft(null, id, itemTitle, null, itemOwner == null ? null : itemOwner.id(),
                    itemContact == null ? null : itemContact.id(), itemDue));
            Feedback.info("actionItem.saved", itemTitle);
            itemTitle = null;
            itemOwner = null;
            itemContact = null;
            itemDue = null;
            refresh();
        } catch (InvalidInput e) {
            Feedback.invalid(e, "add-item");
        } catch (DomainRuleViolation e) {
            Feedback.invalid(InvalidInput.of(e.getField() == null ? "title" : e.getField(), e.getMessage()), "add-item");
        }
    }

    /** Runs a change; its errors go beside the fields of the form it came from (lifecycle or minutes). */
    private void act(String form, Runnable move, Runnable done) {
        act(form, move, done, Feedback::stale);
    }

    private void act(String form, Runnable move, Runnable done, Runnable whenStale) {
        try {
            move.run();
            refresh();
            done.run();
        } catch (InvalidInput e) {
            Feedback.invalid(e, form);
        } catch (DomainRuleViolation e) {
            if (e.getField() != null) {
                Feedback.invalid(InvalidInput.of(e.getField(), e.getMessage()), form);
            } else {
                Feedback.refused(e.getMessage());
            }
        } catch (StaleRecord e) {
            whenStale.run();
        } catch (RecordNotFound e) {
            // the meeting went, or its minutes' label no longer includes this person
            Feedback.error("meeting.gone");
        }
    }

    /** The meeting as an iCalendar file, from the page (the API's .ics needs HTTP Basic, a page has a session). */
    public void downloadIcs() throws java.io.IOException {
        Meeting shown = shown();
        org.liaison.calendar.CalendarEntry entry = org.liaison.calendar.CalendarEntry.single("MEETING", shown.getId(),
                "meeting-" + shown.getId() + "@liaison", minutesReadable ? shown.getTitle()
                        : shown.getTlp().withheldMeetingTitle(), !minutesReadable, shown.getStartsAt(),
                shown.getEndsAt(), shown.getLocation(), shown.getAgenda(), "/meetings/view?id=" + shown.getId(),
                shown.getFacility().getId(), shown.getStatus().name(), false);
        String ics = org.liaison.calendar.CalendarIcs.write("Liaison", List.of(entry), zone.zone(),
                Faces.getRequestBaseURL().replaceAll("/$", ""));
        Faces.sendFile(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), "meeting-" + shown.getId() + ".ics",
                true);
    }

    /** Staff of the meeting's facility by name, for the owner picker. */
    public List<Option> completeStaff(String text) {
        return meetings.staffNamed(shown().getFacility().getId(), text, 15).stream()
                .map(u -> new Option(u.getId(), u.getDisplayName())).toList();
    }

    /** People of the meeting's agencies by name, for the owner picker. */
    public List<Option> completeContacts(String text) {
        return meetings.contactsNamed(new HashSet<>(shown().getAgencies().stream().map(a -> a.getId()).toList()), text,
                15).stream().map(c -> new Option(c.getId(), c.getDisplayName() + " (" + c.getAgency().getName() + ")"))
                .toList();
    }

    /** The meeting shown, read again (keeping the version seen) when the session has travelled without it. */
    private Meeting shown() {
        return meeting.get(() -> meetings.find(id));
    }

    public boolean isPlanner() {
        return user.isEditor();
    }

    public boolean isPlanned() {
        return shown().getStatus() == MeetingStatus.PLANNED;
    }

    public boolean isHeld() {
        return shown().getStatus() == MeetingStatus.HELD;
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(LocalDate.now());
    }

    public Tlp[] getLabels() { return Tlp.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Meeting getMeeting() { return shown(); }
    public boolean isMinutesReadable() { return minutesReadable; }
    public List<ActionItem> getActionItems() {
        if (actionItems == null) {
            actionItems = items.search(new ActionItemFilter(null, id, null, false, false, false), LocalDate.now(),
                    PageRequest.of(0, 100)).items();
        }
        return actionItems;
    }
    public List<Long> getPresentIds() { return presentIds; }
    public void setPresentIds(List<Long> presentIds) { this.presentIds = presentIds; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    /** An editor left empty still sends a paragraph: that is no minutes. The entity sanitises what is written. */
    private static String blankToNull(String html) {
        return html == null || org.liaison.domain.shared.RichText.plain(html).isBlank() ? null : html;
    }

    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public TheirMinutes getTheirMinutes() { return theirMinutes; }
    public String getDiscussion() { return discussion; }
    public void setDiscussion(String discussion) { this.discussion = discussion; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public Option getItemOwner() { return itemOwner; }
    public void setItemOwner(Option itemOwner) { this.itemOwner = itemOwner; }
    public Option getItemContact() { return itemContact; }
    public void setItemContact(Option itemContact) { this.itemContact = itemContact; }
    public LocalDate getItemDue() { return itemDue; }
    public void setItemDue(LocalDate itemDue) { this.itemDue = itemDue; }
}
