package nl.burgernet.application.participant;

import java.util.List;

public record ParticipantPage(List<ParticipantRow> rows, long total) {}
