package org.liaison.domain.training;

/** Why a held exercise (or a real activation) counts toward the CMS rule. */
public enum CountsAs {
    /** The full-scale exercise, community-based as the rule prefers. */
    FULL_SCALE_COMMUNITY("Full-scale, community-based exercise"),
    /** A full-scale exercise run by the facility alone (no community exercise was available). */
    FULL_SCALE_FACILITY("Facility-based full-scale exercise (no community-based exercise available)"),
    /** A facility-based functional exercise standing in for the full-scale one. */
    FUNCTIONAL_INSTEAD("Facility-based functional exercise in place of the full-scale one (no community-based"
            + " exercise available)"),
    /** A documented real activation of the emergency plan, which exempts the next full-scale exercise. */
    ACTIVATION_EXEMPTION("Real activation of the emergency plan: exempts the full-scale exercise"),
    /** The second exercise, of any HSEEP type. */
    ADDITIONAL("The additional exercise (any type)");

    private final String why;

    CountsAs(String why) {
        this.why = why;
    }

    public String why() {
        return why;
    }
}
