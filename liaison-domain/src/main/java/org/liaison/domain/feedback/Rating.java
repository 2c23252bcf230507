package org.liaison.domain.feedback;

/**
 * The HSEEP rating of a capability: P performed without challenges, S with some challenges, M with major challenges,
 * U unable to be performed.
 */
public enum Rating {
    P, S, M, U
}
