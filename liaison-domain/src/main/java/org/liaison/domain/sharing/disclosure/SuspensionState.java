package org.liaison.domain.sharing.disclosure;

/**
 * Where a suspension of the accounting stands on a day: not begun (asked for a later day), holding, ended early (the
 * agency withdrew it), or lapsed (its written date or its 30 days are over).
 */
public enum SuspensionState {
    PENDING, HOLDS, ENDED, LAPSED
}
