package nl.burgernet.smsc;

import java.time.Instant;

/**
 * A resident's answer the simulator sent to the bound ESME as a mobile-originated deliver_sm.
 *
 * @param from the resident's number in E.164
 * @param to the address it was sent to (the sender of the message it answers)
 * @param text what the resident wrote
 * @param parts how many deliver_sm it took
 * @param at when it was handed over
 * @param acknowledged whether the ESME answered every part with deliver_sm_resp OK
 */
public record Reply(String from, String to, String text, int parts, Instant at, boolean acknowledged) {}
