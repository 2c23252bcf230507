package org.liaison.feedback;

import java.io.Serializable;

/**
 * Police response time of one agency over a period, in minutes: the median and the 90th percentile (continuous,
 * interpolated between the two nearest incidents, as {@code percentile_cont} computes it).
 */
public record ResponseTimes(long agencyId, String agencyName, long incidents, double medianMinutes,
        double p90Minutes) implements Serializable {
}
