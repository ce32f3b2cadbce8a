package nl.burgernet.domain.model.participant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A resident who signed up (deelnemer). Belongs to one municipality; the persistence layer fills in and filters on
 * that municipality, so this class never names it. How the participant is reached is data: one {@link ContactPoint}
 * per channel id, with the address that channel needs. The e-mail address is the participant's identity (personal
 * links, one registration per address); channels of the e-mail kind use it as their address.
 */
@Entity
@Table(name = "participant")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "municipality_id", contextProperty = TenantContext.PROPERTY)
@NamedQuery(name = "Participant.findByEmail", query = "SELECT p FROM Participant p WHERE p.email = :email")
@NamedQuery(
        name = "Participant.findByAccessToken",
        query = "SELECT p FROM Participant p WHERE p.accessToken = :accessToken")
@NamedQuery(
        name = "Participant.countByStatus",
        query = "SELECT p.status, COUNT(p) FROM Participant p GROUP BY p.status")
public class Participant {

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(nullable = false)
    private String language;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantStatus status;

    /**
     * The participant's link key: 256 random bits (64 hex characters), not secret on its own. The resident's personal
     * links are an HMAC of it under the server's secret (see {@code nl.burgernet.application.resident.ResidentLinks});
     * renewing it kills every manage link sent before.
     */
    @Column(name = "access_token", nullable = false, unique = true)
    private String accessToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ParticipantAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("channel")
    private List<ContactPoint> contacts = new ArrayList<>();

    @Version
    private long version;

    protected Participant() {}

    public Participant(ParticipantStatus initialStatus, String accessTokenHash) {
        this(initialStatus, accessTokenHash, Instant.now());
    }

    /** For participants brought over from elsewhere, who keep the date they first signed up. */
    public Participant(ParticipantStatus initialStatus, String accessTokenHash, Instant signedUpAt) {
        this.status = Objects.requireNonNull(initialStatus);
        this.accessToken = Objects.requireNonNull(accessTokenHash);
        this.createdAt = Objects.requireNonNull(signedUpAt);
        if (initialStatus == ParticipantStatus.ACTIVE) {
            this.confirmedAt = createdAt;
        }
    }

    /**
     * Overwrites what a resident or an admin may edit; status and history stay, except that someone with no channel
     * left on is unsubscribed, and someone unsubscribed who switches one on again takes part again. Contacts of
     * channels the details do not list are left as they are (a channel the municipality switched off keeps its
     * participants' choices). A contact whose address changes starts afresh: its failures belonged to the old one.
     */
    public void update(ParticipantDetails d) {
        this.email = d.email();
        this.displayName = d.displayName();
        this.birthYear = d.birthYear();
        this.language = d.language();
        this.quietFrom = d.quietFrom();
        this.quietTo = d.quietTo();
        replaceAddresses(d.addresses());
        Instant now = Instant.now();
        for (ContactDetails c : d.contacts()) {
            ContactPoint contact = contactPoint(c.channel(), now);
            contact.setAddress(c.address(), now);
            contact.setEnabled(c.enabled(), now);
        }
        statusFollowsContacts(now);
    }

    private void replaceAddresses(List<AddressDetails> newAddresses) {
        if (newAddresses.isEmpty()) {
            throw new IllegalArgumentException("A participant has at least one address");
        }
        addresses.clear();
        int position = 0;
        for (AddressDetails a : newAddresses) {
            addresses.add(new ParticipantAddress(this, position++, a));
        }
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(
                email,
                displayName,
                birthYear,
                language,
                contacts.stream().map(ContactPoint::details).toList(),
                quietFrom,
                quietTo,
                addresses.stream().map(ParticipantAddress::details).toList());
    }

    public void confirm(Instant now) {
        if (status == ParticipantStatus.AWAITING_CONFIRMATION) {
            status = ParticipantStatus.ACTIVE;
            confirmedAt = now;
            // The confirmation link went to the e-mail address: contacts at that address are verified by it.
            contacts.stream()
                    .filter(c -> email != null && email.equalsIgnoreCase(c.address()))
                    .forEach(c -> c.verified(now));
        }
    }

    /** The participant's contact points, one per channel id, in channel order. */
    public List<ContactPoint> contacts() {
        return List.copyOf(contacts);
    }

    public Optional<ContactPoint> contact(String channel) {
        return contacts.stream().filter(c -> c.channel().equals(channel)).findFirst();
    }

    /** Whether the channel is switched on for this participant (whatever its address or failures). */
    public boolean isOn(String channel) {
        return contact(channel).map(ContactPoint::enabled).orElse(false);
    }

    public void switchOn(String channel) {
        Instant now = Instant.now();
        contactPoint(channel, now).setEnabled(true, now);
        statusFollowsContacts(now);
    }

    public void switchOff(String channel) {
        Instant now = Instant.now();
        contact(channel).ifPresent(c -> c.setEnabled(false, now));
        statusFollowsContacts(now);
    }

    /** The address a channel reaches this participant at; a new one clears the contact's failures. */
    public void setContactAddress(String channel, String address) {
        Instant now = Instant.now();
        contactPoint(channel, now).setAddress(address, now);
    }

    /**
     * One-click unsubscribe from one channel: that channel off. Other channels are the resident's own to turn off, or
     * erase everything; with none left on, the participant is unsubscribed.
     *
     * @return whether the channel was on before
     */
    public boolean unsubscribe(String channel, Instant now) {
        boolean wasOn = isOn(channel);
        if (wasOn) {
            contact(channel).orElseThrow().setEnabled(false, now);
            unsubscribedAt = now;
        }
        statusFollowsContacts(now);
        return wasOn;
    }

    private ContactPoint contactPoint(String channel, Instant now) {
        return contact(channel).orElseGet(() -> {
            ContactPoint created = new ContactPoint(this, channel, now);
            contacts.add(created);
            return created;
        });
    }

    /** No channel on: unsubscribed; a channel on again: taking part again. Unconfirmed sign-ups stay unconfirmed. */
    private void statusFollowsContacts(Instant now) {
        boolean anyOn = contacts.stream().anyMatch(ContactPoint::enabled);
        if (status == ParticipantStatus.ACTIVE && !anyOn) {
            status = ParticipantStatus.UNSUBSCRIBED;
            if (unsubscribedAt == null) {
                unsubscribedAt = now;
            }
        } else if (status == ParticipantStatus.UNSUBSCRIBED && anyOn) {
            status = ParticipantStatus.ACTIVE;
        }
    }

    /**
     * The resident moved to another e-mail address: nothing is sent until they confirm it, and links to the old
     * address stop working.
     */
    public void awaitConfirmationOfNewEmail(String newLinkKey) {
        status = ParticipantStatus.AWAITING_CONFIRMATION;
        renewLinkKey(newLinkKey);
    }

    public String linkKey() {
        return accessToken;
    }

    public void renewLinkKey(String newLinkKey) {
        this.accessToken = Objects.requireNonNull(newLinkKey);
    }

    public Instant unsubscribedAt() {
        return unsubscribedAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public ParticipantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public List<ParticipantAddress> addresses() {
        return List.copyOf(addresses);
    }
}
