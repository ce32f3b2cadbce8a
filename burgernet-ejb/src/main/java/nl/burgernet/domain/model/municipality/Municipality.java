package nl.burgernet.domain.model.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import nl.burgernet.infrastructure.persistence.jpa.FlagConverter;

/** A municipality, known nationally by its CBS code (e.g. GM0355 for Stichtse Vecht). */
@Entity
@Table(name = "municipality")
@NamedQuery(name = "Municipality.findByCbsCode", query = "SELECT m FROM Municipality m WHERE m.cbsCode = :cbsCode")
@NamedQuery(name = "Municipality.findAll", query = "SELECT m FROM Municipality m ORDER BY m.name")
public class Municipality {

    // Sequences, not IDENTITY: EclipseLink's IDENTITY DDL fails on H2 2, and sequences allocate in blocks.
    @Id
    @SequenceGenerator(name = "municipality_seq", sequenceName = "municipality_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "municipality_seq")
    private Long id;

    @Column(name = "cbs_code", nullable = false, unique = true, length = 6)
    private String cbsCode;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "sender_name")
    private String senderName;

    @Column(name = "sender_email")
    private String senderEmail;

    @Column(name = "reply_domain")
    private String replyDomain;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "brand_colour", nullable = false)
    private String brandColour = "#1d4f91";

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage = "nl";

    /** Channel ids, comma-separated: which delivery channels this municipality uses. */
    @Column(name = "enabled_channels", nullable = false)
    private String enabledChannels = "";

    @Column(name = "quiet_from")
    private LocalTime quietFrom;

    @Column(name = "quiet_to")
    private LocalTime quietTo;

    /** Veiligheidsregio (safety region): a Vermist Kind Alert reaches every municipality of the region. */
    private String region;

    @Convert(converter = FlagConverter.class)
    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @Column(name = "weekly_budget", nullable = false)
    private int weeklyBudget = AlertPolicy.DEFAULT_WEEKLY_BUDGET;

    @Version
    private long version;

    protected Municipality() {}

    public Municipality(CbsCode cbsCode, String name) {
        this.cbsCode = Objects.requireNonNull(cbsCode).value();
        this.name = requireName(name);
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public CbsCode cbsCode() {
        return new CbsCode(cbsCode);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public MunicipalitySettings settings() {
        return new MunicipalitySettings(
                contactEmail,
                senderName,
                senderEmail,
                replyDomain,
                logoUrl,
                brandColour,
                defaultLanguage,
                enabledChannels(),
                quietFrom,
                quietTo);
    }

    public void applySettings(MunicipalitySettings s) {
        this.contactEmail = s.contactEmail();
        this.senderName = s.senderName();
        this.senderEmail = s.senderEmail();
        this.replyDomain = s.replyDomain();
        this.logoUrl = s.logoUrl();
        this.brandColour = s.brandColour();
        this.defaultLanguage = s.defaultLanguage();
        this.enabledChannels = String.join(",", s.enabledChannels());
        this.quietFrom = s.quietFrom();
        this.quietTo = s.quietTo();
    }

    public AlertPolicy alertPolicy() {
        return new AlertPolicy(region, requiresApproval, weeklyBudget);
    }

    public void applyAlertPolicy(AlertPolicy policy) {
        this.region = policy.region().orElse(null);
        this.requiresApproval = policy.requiresApproval();
        this.weeklyBudget = policy.weeklyBudget();
    }

    public Set<String> enabledChannels() {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(enabledChannels.split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .forEach(ids::add);
        return ids;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A municipality needs a name");
        }
        return name.strip();
    }
}
