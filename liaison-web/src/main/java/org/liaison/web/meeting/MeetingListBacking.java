package org.liaison.web.meeting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.meeting.Meeting;
import org.liaison.domain.meeting.MeetingStatus;
import org.liaison.facility.FacilityService;
import org.liaison.meeting.MeetingFilter;
import org.liaison.meeting.MeetingService;
import org.liaison.platform.PageRequest;
import org.liaison.web.shared.PagedModel;

/**
 * meetings/index: meetings in scope, newest first, filtered by facility, status, a series, the last N days or those
 * whose minutes await approval (the director's home links here with these filters).
 */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    FacilityService facilities;

    private Long facilityId;
    private MeetingStatus status;
    private Long seriesId;
    private Integer days;
    private Boolean awaitingApproval;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<Facility> facilityChoices;
    private PagedModel<Meeting> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> meetings.search(filter(), request), Meeting::getId);
    }

    private MeetingFilter filter() {
        LocalDate from = days == null ? null : LocalDate.now().minusDays(days);
        LocalDate to = days == null ? null : LocalDate.now();
        return new MeetingFilter(facilityId, status, from, to, seriesId, Boolean.TRUE.equals(awaitingApproval));
    }

    public void search() {
        PagedModel.showFirstPage("meetings:table");
    }

    public MeetingStatus[] getStatuses() { return MeetingStatus.values(); }
    public List<Facility> getFacilityChoices() {
        if (facilityChoices == null) {
            facilityChoices = facilities.list(PageRequest.of(0, 200)).items();
        }
        return facilityChoices;
    }

    public PagedModel<Meeting> getModel() { return model; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public MeetingStatus getStatus() { return status; }
    public void setStatus(MeetingStatus status) { this.status = status; }
    public Long getSeriesId() { return seriesId; }
    public void setSeriesId(Long seriesId) { this.seriesId = seriesId; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public Boolean getAwaitingApproval() { return awaitingApproval; }
    public void setAwaitingApproval(Boolean awaitingApproval) { this.awaitingApproval = awaitingApproval; }
}
