package org.liaison.web.shared;

import java.io.Serializable;

/** One entry of a lazy picker: the id that is stored and the name the user reads. */
public record Choice(Long id, String label) implements Serializable {
}
