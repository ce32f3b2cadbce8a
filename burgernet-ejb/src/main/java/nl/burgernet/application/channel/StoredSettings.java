package nl.burgernet.application.channel;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and replaces one municipality's stored values for one channel. Callers name the municipality explicitly. */
final class StoredSettings {

    private StoredSettings() {}

    static Map<String, String> load(EntityManager em, long municipalityId, String channel) {
        Map<String, String> values = new TreeMap<>();
        for (ChannelSetting s : rows(em, municipalityId, channel)) {
            if (s.value() != null) {
                values.put(s.name(), s.value());
            }
        }
        return values;
    }

    /** Makes the stored values exactly {@code values}: changed rows updated, missing ones added, others removed. */
    static void replace(EntityManager em, long municipalityId, String channel, Map<String, String> values) {
        Map<String, String> toAdd = new HashMap<>(values);
        for (ChannelSetting s : rows(em, municipalityId, channel)) {
            String wanted = toAdd.remove(s.name());
            if (wanted == null) {
                em.remove(s);
            } else if (!wanted.equals(s.value())) {
                s.changeValue(wanted);
            }
        }
        toAdd.forEach((name, value) -> em.persist(new ChannelSetting(municipalityId, channel, name, value)));
    }

    private static List<ChannelSetting> rows(EntityManager em, long municipalityId, String channel) {
        return em.createNamedQuery("ChannelSetting.findByChannel", ChannelSetting.class)
                .setParameter("municipalityId", municipalityId)
                .setParameter("channel", channel)
                .getResultList();
    }
}
