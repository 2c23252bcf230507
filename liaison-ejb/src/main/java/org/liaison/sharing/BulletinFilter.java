package org.liaison.sharing;

import java.io.Serializable;
import org.liaison.domain.sharing.BulletinCategory;
import org.liaison.domain.sharing.BulletinDirection;
import org.liaison.domain.sharing.BulletinStatus;
import org.liaison.domain.shared.Tlp;

/**
 * How bulletins are narrowed; every part optional. toAcknowledge: live bulletins the caller (or their agency) still
 * has to acknowledge. pastDeadline: live bulletins with unacknowledged recipients after their deadline. text: in the
 * title.
 */
public record BulletinFilter(BulletinStatus status, Tlp tlp, BulletinDirection direction, BulletinCategory category,
        Long facilityId, String text, boolean toAcknowledge, boolean pastDeadline) implements Serializable {

    public static BulletinFilter none() {
        return new BulletinFilter(null, null, null, null, null, null, false, false);
    }
}
