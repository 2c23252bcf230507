package org.liaison.web.calendar;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.liaison.calendar.CalendarEntry;
import org.liaison.calendar.CalendarService;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.CommunityEvent;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.facility.FacilityService;
import org.liaison.meeting.CommunityEventService;
import org.liaison.meeting.MeetingCalendar;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * calendar/index: meetings, community events (and what later capabilities add through CalendarSource) as a month, week
 * or list, filtered by facility and kind. Clicking an entry opens it; planners drag planned entries to another time and
 * confirm the move. The personal feed is made, renewed and revoked here too.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    FacilityService facilities;

    @Inject
    MeetingService meetings;

    @Inject
    CommunityEventService events;

    private Long facilityId;
    private List<String> kinds = new ArrayList<>();
    private List<String> allKinds;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;
    private ScheduleModel model;
    private CalendarEntry moving;
    private LocalDateTime moveStart;
    private LocalDateTime moveEnd;
    private boolean hasFeed;
    private String feedUrl;

    @PostConstruct
    void init() {
        allKinds = calendar.kinds();
        kinds = new ArrayList<>(allKinds); // every kind shown, so every box ticked
        hasFeed = calendar.myFeedSince().isPresent();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                if (kinds.isEmpty()) {
                    return; // every box unticked: nothing to show (the service reads no kinds as all of them)
                }
                for (CalendarEntry entry : calendar.range(start, end, facilityId, Set.copyOf(kinds))) {
                    addEvent(DefaultScheduleEvent.<CalendarEntry>builder().id(entry.kind() + "-" + entry.id())
                            .title(entry.title()).startDate(entry.start()).endDate(entry.end())
                            .description(entry.location()).editable(entry.movable()).draggable(entry.movable())
                            .resizable(false).data(entry)
                            .styleClass("kind-" + entry.kind() + " status-" + entry.status()).build());
                }
            }
        };
    }

    /** A click on an entry opens its page. */
    public void open(SelectEvent<ScheduleEvent<CalendarEntry>> event) {
        Faces.redirect(Faces.getRequestContextPath() + event.getObject().getData().link());
    }

    /** A drag: the move waits for the planner's confirmation. */
    public void move(ScheduleEntryMoveEvent event) {
        @SuppressWarnings("unchecked")
        CalendarEntry entry = ((ScheduleEvent<CalendarEntry>) event.getScheduleEvent()).getData();
        moving = entry;
        moveStart = entry.start().plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta())
                .plusDays(event.getDayDelta()).plusMinutes(event.getMinuteDelta());
        moveEnd = moveStart.plus(java.time.Duration.between(entry.start(), entry.end()));
    }

    /**
     * The record's version, provided it still starts where the planner saw it when dragging: a time someone else set
     * meanwhile is not overwritten (the entry carries its start, not its version).
     */
    private long versionIfStillAt(LocalDateTime start, long version) {
        if (!start.equals(moving.start())) {
            throw new StaleRecord(moving.kind(), moving.id());
        }
        return version;
    }

    public void confirmMove() {
        if (moving == null) {
            return;
        }
        try {
            if (MeetingCalendar.KIND.equals(moving.kind())) {
                Meeting meeting = meetings.find(moving.id());
                meetings.reschedule(moving.id(), versionIfStillAt(meeting.getStartsAt(), meeting.getVersion()),
                        moveStart, moveEnd);
            } else {
                CommunityEvent event = events.find(moving.id());
                events.reschedule(moving.id(), versionIfStillAt(event.getStartsAt(), event.getVersion()), moveStart,
                        moveEnd);
            }
            Feedback.info("calendar.moved", moving.title(), moveStart.toLocalDate(), moveStart.toLocalTime());
        } catch (DomainRuleViolation | InvalidInput | RecordNotFound e) {
            Feedback.refused(e.getMessage());
        } catch (StaleRecord e) {
            Feedback.stale();
        } finally {
            moving = null;
        }
    }

    public void cancelMove() {
        moving = null;
    }

    public void filter() {
        // the schedule reloads its range with the new filter when it is updated
    }

    public void renewFeed() {
        String token = calendar.renewFeed();
        feedUrl = Faces.getRequestBaseURL() + "api/calendar/feed/" + token + ".ics";
        hasFeed = true;
        Feedback.info("calendar.feed.made");
    }

    public void revokeFeed() {
        calendar.revokeFeed();
        feedUrl = null;
        hasFeed = false;
        Feedback.info("calendar.feed.revoked");
    }

    public String getMovingTitle() {
        return moving == null ? "" : moving.title();
    }

    public ScheduleModel getModel() { return model; }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 200)).items();
        }
        return facilityChoices;
    }

    public List<String> getAllKinds() { return allKinds; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public List<String> getKinds() { return kinds; }
    public void setKinds(List<String> kinds) { this.kinds = kinds; }
    public LocalDateTime getMoveStart() { return moveStart; }
    public boolean isHasFeed() { return hasFeed; }
    public String getFeedUrl() { return feedUrl; }
}
