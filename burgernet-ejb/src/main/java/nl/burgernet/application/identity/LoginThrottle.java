package nl.burgernet.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting a stranger lock anyone out. A lock-out after five wrong passwords let
 * anyone who knew a user name (such as {@code meldkamer}) shut the control room out; instead, failures are counted
 * per client (its IP address) and per account, and only make the guessers wait:
 *
 * <ul>
 *   <li><b>Per client</b>: the first {@value #CLIENT_FREE_FAILURES} failures cost nothing; after the n-th failure the
 *       client waits 2<sup>n−{@value #CLIENT_FREE_FAILURES}</sup> s (1 s, 2 s, 4 s … at most 15 min) before its next
 *       attempt is even checked, whatever account it names.
 *   <li><b>Per account</b> (failures from any client): from the {@value #ACCOUNT_FREE_FAILURES}th failure on, clients
 *       that have failed before ({@value #CLEAN_BELOW} failures or more) wait 2<sup>n−{@value
 *       #ACCOUNT_FREE_FAILURES}</sup> s (at most 15 min) between attempts on that account. A client with a clean record
 *       (fewer than {@value #CLEAN_BELOW} failures: a typo or two) is never held up by the account's count, so the
 *       real operator gets in with the right password while the account is under attack.
 *   <li>A record is forgotten an hour ({@link #FORGET_AFTER}) after its last failure, longer than the longest wait,
 *       so a guesser that keeps coming back stays at one guess per 15 min; a successful login clears the client's and
 *       the account's records.
 * </ul>
 *
 * Unknown user names are counted exactly like known ones, so the answers tell nobody which accounts exist. In memory
 * and per node, like the resident mail throttle: a restart or a second node lets a few more guesses through.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int CLIENT_FREE_FAILURES = 5;
    static final int ACCOUNT_FREE_FAILURES = 10;
    static final int CLEAN_BELOW = 3;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** Beyond this many tracked clients or accounts, forgotten records are swept before a new one is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Record> clients = new ConcurrentHashMap<>();
    private final Map<String, Record> accounts = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty when an attempt by this client on this account may be checked now; else the moment it may try again. */
    public Optional<Instant> refusedUntil(String client, String account) {
        Instant now = clock.instant();
        Record c = live(clients, client, now);
        Record a = live(accounts, account, now);
        Instant until = Instant.MIN;
        if (c != null && c.failures >= CLIENT_FREE_FAILURES) {
            until = later(until, c.lastFailure.plus(wait(c.failures - CLIENT_FREE_FAILURES)));
        }
        boolean clean = c == null || c.failures < CLEAN_BELOW;
        if (!clean && a != null && a.failures >= ACCOUNT_FREE_FAILURES) {
            until = later(until, a.lastFailure.plus(wait(a.failures - ACCOUNT_FREE_FAILURES)));
        }
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /**
     * Counts a wrong password (or an unknown user name).
     *
     * @return whether this failure started a wait for the client or for the account (worth an audit entry)
     */
    public boolean failed(String client, String account) {
        Instant now = clock.instant();
        int byClient = count(clients, client, now);
        int byAccount = count(accounts, account, now);
        return byClient == CLIENT_FREE_FAILURES || byAccount == ACCOUNT_FREE_FAILURES;
    }

    public void succeeded(String client, String account) {
        clients.remove(client);
        accounts.remove(account);
    }

    /** 1 s after the first failure beyond the free ones, doubling, at most {@link #MAX_WAIT}. */
    static Duration wait(int beyondFree) {
        if (beyondFree >= 20) {
            return MAX_WAIT;
        }
        Duration d = Duration.ofSeconds(1L << beyondFree);
        return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
    }

    private int count(Map<String, Record> records, String key, Instant now) {
        if (records.size() > SWEEP_ABOVE) {
            records.values().removeIf(r -> r.forgotten(now));
        }
        Record r = records.compute(key, (k, old) -> {
            Record fresh = old == null || old.forgotten(now) ? new Record(0, now) : old;
            return new Record(fresh.failures + 1, now);
        });
        return r.failures;
    }

    private static Record live(Map<String, Record> records, String key, Instant now) {
        Record r = records.get(key);
        return r == null || r.forgotten(now) ? null : r;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Record(int failures, Instant lastFailure) {
        boolean forgotten(Instant now) {
            return !now.isBefore(lastFailure.plus(FORGET_AFTER));
        }
    }
}
