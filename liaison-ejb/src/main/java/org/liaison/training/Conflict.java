package org.liaison.training;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One reason a proposed time and place collides with something else, worded for the person scheduling.
 *
 * @param kind     LOCATION, PARTICIPANT or BLACKOUT
 * @param message  a sentence naming the conflict: what, who or which agency, and when
 * @param otherId  the other exercise (or meeting) it collides with, or the blackout
 */
public record Conflict(ConflictKind kind, String message, Long otherId, String otherTitle, LocalDateTime startsAt,
                       LocalDateTime endsAt) implements Serializable {
}
