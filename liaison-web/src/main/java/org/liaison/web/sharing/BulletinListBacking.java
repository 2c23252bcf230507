package org.liaison.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.Tlp;
import org.liaison.sharing.BulletinFilter;
import org.liaison.sharing.BulletinRow;
import org.liaison.sharing.BulletinService;
import org.liaison.web.shared.PagedModel;

/** bulletins/index: the bulletins the user may read, with "to acknowledge" and "past deadline" shortcuts. */
@Named
@ViewScoped
public class BulletinListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BulletinService bulletins;

    private BulletinStatus status;
    private Tlp tlp;
    private String text;
    private boolean mine;
    private boolean overdue;
    private PagedModel<BulletinRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> bulletins.search(new BulletinFilter(status, tlp, null, null, null, text,
                mine, overdue), LocalDate.now(), request), BulletinRow::id);
    }

    public void search() {
        PagedModel.showFirstPage("bulletins:table");
    }

    public BulletinStatus[] getStatuses() { return BulletinStatus.values(); }
    public Tlp[] getLabels() { return Tlp.values(); }
    public PagedModel<BulletinRow> getModel() { return model; }
    public BulletinStatus getStatus() { return status; }
    public void setStatus(BulletinStatus status) { this.status = status; }
    public Tlp getTlp() { return tlp; }
    public void setTlp(Tlp tlp) { this.tlp = tlp; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
}
