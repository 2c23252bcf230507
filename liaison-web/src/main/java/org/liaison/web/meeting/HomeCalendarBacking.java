package org.liaison.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.meeting.ActionItem;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.meeting.ActionItemFilter;
import org.liaison.meeting.ActionItemService;
import org.liaison.meeting.CalendarDashboard;
import org.liaison.meeting.MeetingFilter;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.PageRequest;
import org.liaison.web.security.ActiveUser;

/**
 * The calendar's part of the home page (WEB-INF/includes/home-calendar.xhtml): the director's figures, and for
 * officers and managers their own action items (overdue first) and their facility's next meetings.
 */
@Named
@RequestScoped
public class HomeCalendarBacking {

    static final int SHOWN = 5;

    @Inject
    CalendarDashboard dashboard;

    @Inject
    ActionItemService items;

    @Inject
    MeetingService meetings;

    @Inject
    ActiveUser user;

    @Inject
    org.liaison.web.home.HomeFigures kept;

    @Inject
    org.liaison.web.home.HomeRows rows;

    private CalendarDashboard.Figures figures;
    private List<CalendarDashboard.FacilityMeetings> meetingsShown;
    private List<ActionItem> myItems;
    private Long myItemsTotal;
    private List<Meeting> nextMeetings;

    public boolean isDirectorView() {
        return user.is("DIRECTOR") || user.is("ADMIN") || user.is("AUDITOR");
    }

    public boolean isStaffView() {
        return user.is("MANAGER") || user.is("OFFICER");
    }

    public CalendarDashboard.Figures getFigures() {
        if (figures == null) {
            figures = kept.get("calendar", () -> dashboard.figures(LocalDate.now()));
        }
        return figures;
    }

    /**
     * The hospitals the meetings card lists: beyond ten, those holding the smallest share of their planned meetings
     * first ("show all" lists every one).
     */
    public List<CalendarDashboard.FacilityMeetings> getMeetingsByFacility() {
        if (meetingsShown == null) {
            meetingsShown = rows.shown("meetings", getFigures().meetingsByFacility(), java.util.Comparator
                    .comparingLong(CalendarDashboard.FacilityMeetings::percentHeld)
                    .thenComparing(CalendarDashboard.FacilityMeetings::facilityName));
        }
        return meetingsShown;
    }

    public List<ActionItem> getMyItems() {
        if (myItems == null) {
            var page = items.search(new ActionItemFilter(null, null, null, true, false, true), LocalDate.now(),
                    PageRequest.of(0, SHOWN));
            myItems = page.items();
            myItemsTotal = page.total();
        }
        return myItems;
    }

    public long getMyItemsTotal() {
        getMyItems();
        return myItemsTotal;
    }

    public List<Meeting> getNextMeetings() {
        if (nextMeetings == null) {
            nextMeetings = meetings.search(new MeetingFilter(null, MeetingStatus.PLANNED, LocalDate.now(), null, null,
                    false), PageRequest.of(0, SHOWN)).items();
        }
        return nextMeetings;
    }

    public boolean isOverdue(ActionItem item) {
        return item.isOverdue(LocalDate.now());
    }

    public int getWindowDays() {
        return CalendarDashboard.WINDOW_DAYS;
    }
}
