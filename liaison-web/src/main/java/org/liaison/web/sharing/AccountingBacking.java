package org.liaison.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.liaison.disclosure.Accounting;
import org.liaison.disclosure.DisclosureService;
import org.liaison.platform.InvalidInput;
import org.liaison.web.shared.Feedback;
import org.omnifaces.util.Faces;

/** disclosures/accounting: the accounting for one patient over six years, on the page and as a PDF letter. */
@Named
@ViewScoped
public class AccountingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureService disclosures;

    private String mrn;
    private LocalDate asOf;
    private Accounting accounting;
    private List<DisclosureService.Held> held = List.of();

    public void show() {
        try {
            accounting = disclosures.accounting(mrn, asOf);
            held = disclosures.heldFrom(mrn, asOf);
        } catch (InvalidInput e) {
            Feedback.invalid(e, "accounting");
        }
    }

    public void pdf() throws IOException {
        try {
            Faces.sendFile(disclosures.accountingPdf(mrn, asOf), "accounting-of-disclosures.pdf", true);
        } catch (InvalidInput e) {
            Feedback.invalid(e, "accounting");
        }
    }

    public String getMrn() { return mrn; }
    public void setMrn(String mrn) { this.mrn = mrn; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public Accounting getAccounting() { return accounting; }
    /** The suspensions that leave disclosures out of the accounting shown, with how many. */
    public List<DisclosureService.Held> getHeld() { return held; }
}
