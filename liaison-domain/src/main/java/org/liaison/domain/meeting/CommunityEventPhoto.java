package org.liaison.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;
import org.liaison.domain.shared.Audited;
import org.liaison.domain.shared.BaseEntity;
import org.liaison.domain.shared.StoredFile;

/** A photo of a community event: PNG or JPEG (recognised by its bytes), at most 10 MB, with an optional caption. */
@Entity
@Table(name = "community_event_photo")
public class CommunityEventPhoto extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    static final int MAX_CAPTION = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private CommunityEvent event;

    @Column(name = "caption", length = MAX_CAPTION)
    private String caption;

    @Embedded
    private StoredFile file;

    public CommunityEventPhoto() {
    }

    public CommunityEventPhoto(CommunityEvent event, String fileName, String caption, byte[] content, String by,
            LocalDateTime at) {
        this.file = StoredFile.accept(fileName, content, StoredFile.IMAGES, "photo", "attachment.unsupportedType",
                "Only PNG and JPEG photos can be added.", by, at);
        this.event = event;
        String line = caption == null ? "" : caption.strip().replaceAll("\\s+", " ");
        this.caption = line.isEmpty() ? null : line.substring(0, Math.min(MAX_CAPTION, line.length()));
    }

    @Override
    public String auditType() {
        return "CommunityEventPhoto";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return file.snapshot().with("event", event == null ? null : event.getId()).with("caption", caption).build();
    }

    public CommunityEvent getEvent() { return event; }
    public String getCaption() { return caption; }
    public StoredFile getFile() { return file; }
}
