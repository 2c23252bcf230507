package org.liaison.web.training;

import java.io.Serializable;

/** A choice in a lazy picker (a person, an agency): its id and what the user reads. */
public record PickOption(Long id, String label) implements Serializable {
}
