package nl.burgernet.it.foundation;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/** A calendar timer and a programmatic persistent timer, the two kinds the portal's scheduling uses. */
@Singleton
public class ProbeTimers {

    public static final String SCHEDULED = "every-second";

    @Resource
    private TimerService timerService;

    @Inject
    ProbeLog log;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = SCHEDULED)
    void everySecond() {
        log.timerFired(SCHEDULED);
    }

    /** Like an alert's scheduled start: a persistent single-action timer carrying its own name. */
    public void fireOnceAfter(long millis, String name) {
        timerService.createSingleActionTimer(millis, new TimerConfig(name, true));
    }

    @Timeout
    void timeout(Timer timer) {
        log.timerFired((String) timer.getInfo());
    }
}
