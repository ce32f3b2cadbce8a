package nl.burgernet.application.participant;

import java.util.Map;
import nl.burgernet.domain.model.participant.ParticipantStatus;

/**
 * @param perChannel active participants with each channel switched on, by channel id
 * @param signUpsPerMonth new participants per month, keyed "yyyy-MM", in order
 */
public record ParticipantStatistics(
        Map<ParticipantStatus, Long> perStatus, Map<String, Long> perChannel, Map<String, Long> signUpsPerMonth) {}
