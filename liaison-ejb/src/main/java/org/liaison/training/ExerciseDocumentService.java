package org.liaison.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.liaison.audit.AuditTrail;
import org.liaison.domain.account.Role;
import org.liaison.domain.training.Exercise;
import org.liaison.domain.training.ExerciseDocument;
import org.liaison.platform.FileInfo;
import org.liaison.platform.RecordNotFound;
import org.liaison.security.Caller;
import org.liaison.security.Scope;

/**
 * An exercise's documents (situation manual, exercise plan, scanned sign-in sheets). Whoever may see the exercise
 * reads them (partners of a participating agency too); managers, directors and administrators of its facility add and
 * remove them. Each addition and removal is in the audit trail.
 */
@Stateless
public class ExerciseDocumentService {

    @PersistenceContext(unitName = "liaison")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @EJB
    ExerciseService exercises;

    @EJB
    AuditTrail audit;

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public ExerciseDocument attach(Long exerciseId, String fileName, byte[] content) {
        Exercise exercise = editable(exerciseId);
        ExerciseDocument document = new ExerciseDocument(exercise, fileName, content, caller.username(),
                LocalDateTime.now());
        em.persist(document);
        em.flush();
        audit.created(document);
        return document;
    }

    /** The documents without their bytes, oldest first. */
    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public List<FileInfo> list(Long exerciseId) {
        exercises.find(exerciseId);
        return em.createQuery("select new org.liaison.platform.FileInfo(d.id, d.file.fileName, d.file.contentType,"
                + " d.file.sizeBytes, d.file.sha256, d.file.uploadedBy, d.file.uploadedAt)"
                + " from ExerciseDocument d where d.exercise.id = :x order by d.file.uploadedAt, d.id", FileInfo.class)
                .setParameter("x", exerciseId).getResultList();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    public ExerciseDocument find(Long exerciseId, Long documentId) {
        exercises.find(exerciseId);
        ExerciseDocument document = documentId == null ? null : em.find(ExerciseDocument.class, documentId);
        if (document == null || !document.getExercise().getId().equals(exerciseId)) {
            throw new RecordNotFound("ExerciseDocument", documentId);
        }
        return document;
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    public void remove(Long exerciseId, Long documentId) {
        editable(exerciseId);
        ExerciseDocument document = find(exerciseId, documentId);
        audit.deleted(document);
        em.remove(document);
        em.flush();
    }

    /** Staff of the exercise's facility (the role check keeps partners out); others answer not found. */
    private Exercise editable(Long exerciseId) {
        Exercise exercise = exercises.find(exerciseId);
        scope.require(scope.seesFacility(exercise.getFacility().getId()), "Exercise", exerciseId);
        return exercise;
    }
}
