package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A window in which the location and the required agencies are all free. */
public record FreeSlot(LocalDateTime startsAt, LocalDateTime endsAt) implements Serializable {
}
