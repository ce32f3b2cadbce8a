package nl.burgernet.domain.model.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import nl.burgernet.infrastructure.persistence.jpa.FlagConverter;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * How one channel reaches one participant: the address it needs, whether the participant wants it, and whether it
 * still works ({@link #failing()}: stopped after bounces or failures until the address changes). Tenant-owned like
 * its participant, because targeting and dispatch read contacts directly.
 */
@Entity
@Table(name = "participant_contact")
@IdClass(ContactPoint.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "municipality_id", contextProperty = TenantContext.PROPERTY)
public class ContactPoint {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Id
    @Column(name = "channel", nullable = false, length = 40)
    private String channel;

    @Column(length = 2000)
    private String address;

    @Convert(converter = FlagConverter.class)
    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "failure_score", nullable = false)
    private double failureScore;

    @Convert(converter = FlagConverter.class)
    @Column(nullable = false)
    private boolean failing;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContactPoint() {}

    ContactPoint(Participant participant, String channel, Instant now) {
        this.participant = Objects.requireNonNull(participant);
        this.channel = Objects.requireNonNull(channel);
        this.updatedAt = now;
    }

    /** A new address is a fresh start: failures belonged to the old one, and it is not verified yet. */
    void setAddress(String newAddress, Instant now) {
        if (!Objects.equals(address, newAddress)) {
            address = newAddress;
            failing = false;
            failureScore = 0;
            verifiedAt = null;
            updatedAt = now;
        }
    }

    void setEnabled(boolean on, Instant now) {
        if (enabled != on) {
            enabled = on;
            updatedAt = now;
        }
    }

    void verified(Instant at) {
        if (verifiedAt == null) {
            verifiedAt = at;
        }
    }

    public ContactDetails details() {
        return new ContactDetails(channel, address, enabled);
    }

    public String channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean failing() {
        return failing;
    }

    public double failureScore() {
        return failureScore;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** The composite key: participant and channel id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        Long participant;
        String channel;

        public Key() {}

        public Key(Long participant, String channel) {
            this.participant = participant;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(participant, k.participant)
                    && Objects.equals(channel, k.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participant, channel);
        }
    }
}
