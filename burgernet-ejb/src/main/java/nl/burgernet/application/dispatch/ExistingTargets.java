package nl.burgernet.application.dispatch;

import java.util.HashMap;
import java.util.Map;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The targets a message has a delivery for already, per channel: what a resumed snapshot must not write again. Kept
 * as compressed bitmaps of participant ids, so a snapshot of millions that died half-way resumes in a few MB.
 */
public final class ExistingTargets {

    private final Map<String, Roaring64Bitmap> byChannel = new HashMap<>();

    public void add(long participantId, String channel) {
        byChannel.computeIfAbsent(channel, c -> new Roaring64Bitmap()).addLong(participantId);
    }

    public boolean contains(Target target) {
        Roaring64Bitmap ids = byChannel.get(target.channel());
        return ids != null && ids.contains(target.participantId());
    }

    public long size() {
        return byChannel.values().stream()
                .mapToLong(Roaring64Bitmap::getLongCardinality)
                .sum();
    }
}
