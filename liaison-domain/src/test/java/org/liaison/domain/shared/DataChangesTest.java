package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.audit.AuditEvent;
import org.liaison.domain.notification.Notification;

class DataChangesTest {

    private final DataChanges listener = new DataChanges();

    @Test
    void aRecordThatFiguresCountIsAChange() {
        long before = DataChanges.count();
        listener.written(new Agency());
        assertEquals(before + 1, DataChanges.count());
    }

    @Test
    void bookkeepingIsNotAChangeToWhatFiguresCount() {
        long before = DataChanges.count();
        listener.written(new AuditEvent());
        listener.written(new Notification());
        assertEquals(before, DataChanges.count());
    }
}
