package nl.burgernet.infrastructure.channels;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.burgernet.channel.api.DeliveryChannel;

/** The deployed channels by id; building it refuses two channels with one id, naming where each came from. */
final class ChannelIndex {

    private ChannelIndex() {}

    static Map<String, DeliveryChannel> of(List<Found> channels) {
        Map<String, Found> byId = new TreeMap<>();
        for (Found f : channels) {
            String id = f.channel().descriptor().id();
            Found earlier = byId.putIfAbsent(id, f);
            if (earlier != null) {
                throw new DuplicateChannelException("Two delivery channels use the id '" + id + "': " + earlier.origin()
                        + " and " + f.origin() + ". Remove one of the plugin jars.");
            }
        }
        Map<String, DeliveryChannel> result = new TreeMap<>();
        byId.forEach((id, f) -> result.put(id, f.channel()));
        return Map.copyOf(result);
    }

    /** A channel and where it was found (class and jar), for messages that tell an admin which jar to remove. */
    record Found(DeliveryChannel channel, String origin) {}
}
