package org.liaison.domain.training;

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

/**
 * A document of an exercise (situation manual, exercise plan, sign-in sheet scan): PDF, PNG or JPEG, recognised by
 * its bytes, at most 10 MB.
 */
@Entity
@Table(name = "exercise_document")
public class ExerciseDocument extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false)
    private Exercise exercise;

    @Embedded
    private StoredFile file;

    public ExerciseDocument() {
    }

    public ExerciseDocument(Exercise exercise, String fileName, byte[] content, String by, LocalDateTime at) {
        this.file = StoredFile.accept(fileName, content, StoredFile.DOCUMENTS, "document",
                "attachment.unsupportedType", "Only PDF, PNG and JPEG files can be attached.", by, at);
        this.exercise = exercise;
    }

    @Override
    public String auditType() {
        return "ExerciseDocument";
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        return file.snapshot().with("exercise", exercise == null ? null : exercise.getId()).build();
    }

    public Exercise getExercise() { return exercise; }
    public StoredFile getFile() { return file; }
}
