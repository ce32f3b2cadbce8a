package nl.burgernet.domain.model.participant;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import nl.burgernet.infrastructure.persistence.jpa.FlagConverter;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A resident who signed up (deelnemer). Belongs to one municipality; the persistence layer fills in and filters on
 * that municipality, so this class never names it. E-mail is on unless the participant opted out (the
 * Burgernetmail rule); SMS, voice and push are opt-in.
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

    private String mobile;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(nullable = false)
    private String language;

    @Convert(converter = FlagConverter.class)
    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled;

    @Convert(converter = FlagConverter.class)
    @Column(name = "sms_enabled", nullable = false)
    private boolean smsEnabled;

    @Convert(converter = FlagConverter.class)
    @Column(name = "voice_enabled", nullable = false)
    private boolean voiceEnabled;

    @Convert(converter = FlagConverter.class)
    @Column(name = "push_enabled", nullable = false)
    private boolean pushEnabled;

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantStatus status;

    @Column(name = "bounce_score", nullable = false)
    private double bounceScore;

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
        this.emailEnabled = true;
        if (initialStatus == ParticipantStatus.ACTIVE) {
            this.confirmedAt = createdAt;
        }
    }

    /** Overwrites what a resident or an admin may edit; status and history stay. */
    public void update(ParticipantDetails d) {
        if (status == ParticipantStatus.BOUNCING && !java.util.Objects.equals(email, d.email())) {
            // A new address is a fresh start: the bounces belonged to the old one.
            status = ParticipantStatus.ACTIVE;
            bounceScore = 0;
        }
        this.email = d.email();
        this.mobile = d.mobile();
        this.displayName = d.displayName();
        this.birthYear = d.birthYear();
        this.language = d.language();
        this.emailEnabled = d.emailEnabled();
        this.smsEnabled = d.smsEnabled();
        this.voiceEnabled = d.voiceEnabled();
        this.pushEnabled = d.pushEnabled();
        this.quietFrom = d.quietFrom();
        this.quietTo = d.quietTo();
        replaceAddresses(d.addresses());
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
                mobile,
                displayName,
                birthYear,
                language,
                emailEnabled,
                smsEnabled,
                voiceEnabled,
                pushEnabled,
                quietFrom,
                quietTo,
                addresses.stream().map(ParticipantAddress::details).toList());
    }

    public void confirm(Instant now) {
        if (status == ParticipantStatus.AWAITING_CONFIRMATION) {
            status = ParticipantStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    /** One-click unsubscribe: e-mail off. Other channels are the resident's own to turn off, or erase everything. */
    public void unsubscribeFromEmail(Instant now) {
        emailEnabled = false;
        unsubscribedAt = now;
        if (!smsEnabled && !voiceEnabled && !pushEnabled) {
            status = ParticipantStatus.UNSUBSCRIBED;
        }
    }

    public void resubscribeToEmail() {
        emailEnabled = true;
        if (status == ParticipantStatus.UNSUBSCRIBED) {
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

    /** Someone who turned everything off and now switched a channel on again takes part again. */
    public void reactivateIfAnyChannelOn() {
        if (status == ParticipantStatus.UNSUBSCRIBED && (emailEnabled || smsEnabled || voiceEnabled || pushEnabled)) {
            status = ParticipantStatus.ACTIVE;
        }
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

    public String mobile() {
        return mobile;
    }

    public String displayName() {
        return displayName;
    }

    public ParticipantStatus status() {
        return status;
    }

    public double bounceScore() {
        return bounceScore;
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

    public boolean emailEnabled() {
        return emailEnabled;
    }
}
