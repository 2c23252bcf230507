package org.liaison.web.relationship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.relationship.Health;
import org.liaison.relationship.BoardFilter;
import org.liaison.relationship.RelationshipBoard;
import org.liaison.relationship.RelationshipRow;
import org.liaison.relationship.WhoToCall;
import org.liaison.web.shared.PagedModel;

/** relationships/index: the board, worst first. */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelationshipBoard board;

    @Inject
    WhoToCall whoToCall;

    private Long facilityId;
    private AgencyType agencyType;
    private Health health;
    private Long ownerId;
    // Read again when absent rather than carried in the session, which is written after every request (see PagedModel).
    private transient List<RelationshipBoard.Owner> owners;
    private transient List<Facility> facilities;
    private PagedModel<RelationshipRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> board.board(new BoardFilter(facilityId, agencyType, health, ownerId, null),
                LocalDate.now(), request), RelationshipRow::id);
    }

    /** Opens the board with the chosen filters in its address (bookmarkable; the first page of the result). */
    public String search() {
        return "/relationships/index?faces-redirect=true&includeViewParams=true";
    }

    public AgencyType[] getAgencyTypes() { return AgencyType.values(); }
    public Health[] getHealths() { return Health.values(); }
    public List<Facility> getFacilities() {
        if (facilities == null) {
            facilities = whoToCall.facilities();
        }
        return facilities;
    }

    public List<RelationshipBoard.Owner> getOwners() {
        if (owners == null) {
            owners = board.owners();
        }
        return owners;
    }

    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public PagedModel<RelationshipRow> getModel() { return model; }
    public Long getFacilityId() { return facilityId; }
    public void setFacilityId(Long facilityId) { this.facilityId = facilityId; }
    public AgencyType getAgencyType() { return agencyType; }
    public void setAgencyType(AgencyType agencyType) { this.agencyType = agencyType; }
    public Health getHealth() { return health; }
    public void setHealth(Health health) { this.health = health; }
}
