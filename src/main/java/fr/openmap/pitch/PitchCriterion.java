package fr.openmap.pitch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing the committee scores (1 to 5) and how much it counts in an application's weighted score. */
@Embeddable
public class PitchCriterion {

    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public double weight;

    public static PitchCriterion of(String name, double weight) {
        PitchCriterion criterion = new PitchCriterion();
        criterion.name = name;
        criterion.weight = weight;
        return criterion;
    }
}
