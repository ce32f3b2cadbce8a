package nl.burgernet.application.reply;

import java.time.Duration;
import java.time.Instant;
import nl.burgernet.domain.model.reply.BounceSeverity;

/**
 * An address's bounce score: a hard bounce adds 1, a soft one 0.25, an unreadable one 0.5; the score halves every
 * 30 days without bounces, so a full mailbox last winter does not count against a resident now. At {@link
 * #STOP_AT} e-mail to the participant stops (3 hard bounces in a row, or many soft ones in a short time).
 */
public final class BounceScore {

    public static final double STOP_AT = 3.0;
    static final Duration HALF_LIFE = Duration.ofDays(30);

    private BounceScore() {}

    public static double after(double score, Instant lastBounce, BounceSeverity severity, Instant now) {
        double decayed = score;
        if (lastBounce != null && now.isAfter(lastBounce)) {
            double halfLives = (double) Duration.between(lastBounce, now).toMillis() / HALF_LIFE.toMillis();
            decayed = score * Math.pow(0.5, halfLives);
        }
        return decayed
                + switch (severity) {
                    case HARD -> 1.0;
                    case SOFT -> 0.25;
                    case UNKNOWN -> 0.5;
                };
    }

    public static boolean stopsEmail(double score) {
        // The decay of the seconds between three bounces in a row must not keep the third from stopping e-mail.
        return score >= STOP_AT - 0.01;
    }
}
