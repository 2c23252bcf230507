package org.liaison.sharing;

import java.io.Serializable;
import org.liaison.domain.shared.Tlp;

/** Acknowledgements of bulletins that ask for them, for one TLP label at one facility. */
public record AckRate(Tlp tlp, Long facilityId, String facilityName, long recipients, long acknowledged)
        implements Serializable {

    public int percent() {
        return recipients == 0 ? 0 : (int) Math.round(100.0 * acknowledged / recipients);
    }
}
