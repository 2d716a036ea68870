package nl.ikcregie.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A score of 1 to 5 on one criterion of the round (by its position), with the motivation. */
@Embeddable
public class Score {

    @Column(nullable = false)
    public int criterion;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false, length = 4000)
    public String motivation;

    public Score() {
    }

    public Score(int criterion, int score, String motivation) {
        this.criterion = criterion;
        this.score = score;
        this.motivation = motivation;
    }
}
