package nl.burgernet.application.participant;

import java.util.Map;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * @param perChannel active participants with each channel offered here switched on and working, by channel id
 * @param failingPerChannel active participants whose contact of that channel stopped after bounces or failures
 * @param signUpsPerMonth new participants per month, keyed "yyyy-MM", in order
 */
public record ParticipantStatistics(
        Map<ParticipantStatus, Long> perStatus,
        Map<String, Long> perChannel,
        Map<String, Long> failingPerChannel,
        Map<String, Long> signUpsPerMonth) {}
