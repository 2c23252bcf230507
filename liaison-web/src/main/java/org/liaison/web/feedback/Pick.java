package org.liaison.web.feedback;

import java.io.Serializable;

/** A record chosen in a lazy autocomplete: its id and the label the field shows. */
public record Pick(Long id, String label) implements Serializable {

    public static Long idOf(Pick pick) {
        return pick == null ? null : pick.id();
    }
}
