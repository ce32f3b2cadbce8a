package nl.burgernet.application.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One stored setting of one channel of one municipality: a row of {@code channel_setting}. Not tenant-discriminated
 * by EclipseLink (the municipality is part of the key), so every query names the municipality itself. Kept in this
 * package because only the settings service and reader touch it; nothing outside sees the entity.
 */
@Entity
@Table(name = "channel_setting")
@IdClass(ChannelSetting.Key.class)
@NamedQuery(
        name = "ChannelSetting.findByChannel",
        query = "SELECT s FROM ChannelSetting s WHERE s.municipalityId = :municipalityId AND s.channel = :channel")
public class ChannelSetting {

    /** The longest value the column holds. */
    public static final int MAX_VALUE_LENGTH = 4000;

    @Id
    @Column(name = "municipality_id")
    private long municipalityId;

    @Id
    @Column(length = 40)
    private String channel;

    @Id
    @Column(length = 80)
    private String name;

    @Column(name = "setting_value", length = MAX_VALUE_LENGTH)
    private String value;

    protected ChannelSetting() {}

    ChannelSetting(long municipalityId, String channel, String name, String value) {
        this.municipalityId = municipalityId;
        this.channel = Objects.requireNonNull(channel);
        this.name = Objects.requireNonNull(name);
        this.value = value;
    }

    String name() {
        return name;
    }

    String value() {
        return value;
    }

    void changeValue(String newValue) {
        this.value = newValue;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long municipalityId;
        private String channel;
        private String name;

        public Key() {}

        public Key(long municipalityId, String channel, String name) {
            this.municipalityId = municipalityId;
            this.channel = channel;
            this.name = name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.municipalityId == municipalityId
                    && Objects.equals(k.channel, channel)
                    && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(municipalityId, channel, name);
        }
    }
}
