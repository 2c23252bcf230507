package org.liaison.web.meeting;

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
import org.omnifaces.util.Faces;

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
    private Meeting meeting;
    private boolean minutesReadable;
    /** The meeting's action items: read again when the session has travelled, not carried. */
    private transient List<ActionItem> actionItems;
    private List<Long> presentIds = new ArrayList<>();
    private Tlp tlp;
    private String decisions;
    private String discussion;
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
        meeting = meetings.find(id);
        minutesReadable = meetings.mayReadMinutes(id);
        actionItems = null;
        presentIds = new ArrayList<>(meeting.getAttendees().stream().map(MeetingAttendee::getId).toList());
        tlp = meeting.getTlp();
        if (minutesReadable) {
            decisions = meeting.getDecisions();
            discussion = meeting.getDiscussion();
        }
    }

    public void markHeld() {
        act(() -> meetings.markHeld(id, meeting.getVersion(), new HashSet<>(presentIds)), () -> Feedback.info("meeting.heldDone"));
    }

    public void saveMinutes() {
        act(() -> meetings.writeMinutes(id, meeting.getVersion(), tlp, blankToNull(decisions),
                blankToNull(discussion)), () -> Feedback.info("meeting.minutesSaved"));
    }

    public void approve() {
        act(() -> meetings.move(id, meeting.getVersion(), MeetingService.Move.APPROVE_MINUTES), () -> Feedback.info("meeting.approved"));
    }

    public void close() {
        act(() -> meetings.move(id, meeting.getVersion(), MeetingService.Move.CLOSE), () -> Feedback.info("meeting.closedDone"));
    }

    public void cancel() {
        act(() -> meetings.cancel(id, meeting.getVersion(), cancelReason), () -> Feedback.info("meeting.cancelledDone"));
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

    private void act(Runnable move, Runnable done) {
        try {
            move.run();
            refresh();
            done.run();
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
        }
    }

    /** The meeting as an iCalendar file, from the page (the API's .ics needs HTTP Basic, a page has a session). */
    public void downloadIcs() throws java.io.IOException {
        org.liaison.calendar.CalendarEntry entry = org.liaison.calendar.CalendarEntry.single("MEETING", meeting.getId(),
                "meeting-" + meeting.getId() + "@liaison", minutesReadable ? meeting.getTitle()
                        : "Meeting (" + meeting.getTlp().label() + ")", !minutesReadable, meeting.getStartsAt(),
                meeting.getEndsAt(), meeting.getLocation(), meeting.getAgenda(), "/meetings/view?id=" + meeting.getId(),
                meeting.getFacility().getId(), meeting.getStatus().name(), false);
        String ics = org.liaison.calendar.CalendarIcs.write("Liaison", List.of(entry), zone.zone(),
                Faces.getRequestBaseURL().replaceAll("/$", ""));
        Faces.sendFile(ics.getBytes(java.nio.charset.StandardCharsets.UTF_8), "meeting-" + meeting.getId() + ".ics",
                true);
    }

    /** Staff of the meeting's facility by name, for the owner picker. */
    public List<Option> completeStaff(String text) {
        return meetings.staffNamed(meeting.getFacility().getId(), text, 15).stream()
                .map(u -> new Option(u.getId(), u.getDisplayName())).toList();
    }

    /** People of the meeting's agencies by name, for the owner picker. */
    public List<Option> completeContacts(String text) {
        return meetings.contactsNamed(new HashSet<>(meeting.getAgencies().stream().map(a -> a.getId()).toList()), text,
                15).stream().map(c -> new Option(c.getId(), c.getDisplayName() + " (" + c.getAgency().getName() + ")"))
                .toList();
    }

    public boolean isPlanner() {
        return user.isEditor();
    }

    public boolean isPlanned() {
        return meeting.getStatus() == MeetingStatus.PLANNED;
    }

    public boolean isHeld() {
        return meeting.getStatus() == MeetingStatus.HELD;
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(LocalDate.now());
    }

    public Tlp[] getLabels() { return Tlp.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Meeting getMeeting() { return meeting; }
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
