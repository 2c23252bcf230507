package org.liaison.web.agency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.liaison.agency.DirectoryCsv;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;
import org.omnifaces.util.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * contacts/import: check a CSV file first (every row, nothing saved), then import it whole. The checked file is kept
 * in the view so the import saves exactly what was previewed.
 */
@Named
@ViewScoped
public class ContactImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    DirectoryCsv csv;

    private transient UploadedFile file;
    private String checkedText;
    private String checkedName;
    private DirectoryCsv.ImportResult preview;

    public void check() {
        // said beside the file field, where the person looks, as the other upload pages do
        if (file == null || file.getSize() == 0) {
            Feedback.besideFile("import", "file", Texts.get("import.none"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Feedback.besideFile("import", "file", Texts.get("import.tooLarge"));
            return;
        }
        checkedText = new String(file.getContent(), StandardCharsets.UTF_8);
        checkedName = file.getFileName();
        preview = csv.importContacts(checkedText, false);
        if (preview.accepted()) {
            Feedback.info("import.checked", preview.rows());
        } else {
            Feedback.error("import.rejected", preview.errors().size());
        }
    }

    public void importChecked() {
        if (preview == null || !preview.accepted()) {
            return;
        }
        DirectoryCsv.ImportResult result = csv.importContacts(checkedText, true);
        if (result.accepted()) {
            Feedback.info("import.done", result.imported(), checkedName);
            preview = null;
            checkedText = null;
        } else {
            preview = result;
            Feedback.error("import.changed");
        }
    }

    public void export() throws IOException {
        Faces.sendFile(csv.export().getBytes(StandardCharsets.UTF_8), "liaison-contacts.csv", true);
    }

    public String getColumns() {
        return String.join(",", DirectoryCsv.COLUMNS);
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public DirectoryCsv.ImportResult getPreview() { return preview; }
    public String getCheckedName() { return checkedName; }
}
