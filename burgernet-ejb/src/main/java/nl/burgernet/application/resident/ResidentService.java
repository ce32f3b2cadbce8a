package nl.burgernet.application.resident;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.municipality.MunicipalityService;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.application.participant.AddressGeocoding;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.Geocoder;
import nl.burgernet.domain.model.geo.GeocodingUnavailableException;
import nl.burgernet.domain.model.participant.EmailAddress;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.domain.model.participant.ValidationResult;
import nl.burgernet.domain.shared.InvalidValueException;
import nl.burgernet.infrastructure.tenancy.TenantContext;

/**
 * Resident self-service: everything a resident does without logging in. Residents have no password; every action
 * after signing up arrives with a personal link token (see {@link ResidentLinks}), which names the municipality and
 * the participant in clear and is signed. This service reads the municipality from the token, checks it exists, and
 * runs the action for that municipality only ({@link TenantContext#callAs}); a token signed for one municipality is
 * worthless in another. At sign-up the municipality follows from the postcode (the geocoder's CBS code), or from the
 * resident's choice when the postcode does not tell. The only cross-municipality read is "send me my link" by e-mail
 * address ({@link CrossTenantParticipants}).
 *
 * <p>No transaction of its own: each action commits in {@link ResidentAccounts} before its mail is sent, so a mail
 * never announces something that was rolled back, and a mail server that is down never loses a sign-up.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResidentService {

    /** The field that names the municipality on the sign-up form, in {@link FieldError}s. */
    public static final String MUNICIPALITY_FIELD = "municipality";

    /** Message key (resident pages' bundle): the postcode did not tell the municipality and none was chosen. */
    public static final String MUNICIPALITY_CHOOSE = "municipality.choose";

    private static final Logger LOG = Logger.getLogger(ResidentService.class.getName());

    @Inject
    MunicipalityService municipalities;

    @Inject
    ResidentAccounts accounts;

    @Inject
    CrossTenantParticipants directory;

    @Inject
    AddressGeocoding geocoding;

    @Inject
    Geocoder geocoder;

    @Inject
    ResidentMailer mailer;

    @Inject
    AvailableChannels channels;

    private final ParticipantValidator validator = new ParticipantValidator();

    /** The municipalities a resident can choose from when their postcode does not tell. */
    public List<MunicipalityView> municipalities() {
        return municipalities.all();
    }

    /**
     * Double opt-in sign-up: stores the participant awaiting confirmation and mails a confirmation link. An address
     * registered already gets an "already signed up, here is your link" mail instead; the answer is the same.
     *
     * @param chosenMunicipalityId the resident's choice, used only when the postcode does not name a municipality of
     *     this portal; may be null
     */
    public SignUpOutcome signUp(ResidentForm form, Long chosenMunicipalityId) {
        Checked checked = check(form, channels.anywhere());
        if (!checked.errors().isEmpty()) {
            return new SignUpOutcome.Invalid(checked.errors());
        }
        Optional<MunicipalityView> municipality =
                municipalityOf(checked.registration().addresses().get(0), chosenMunicipalityId);
        if (municipality.isEmpty()) {
            return new SignUpOutcome.Invalid(List.of(FieldError.of(MUNICIPALITY_FIELD, MUNICIPALITY_CHOOSE)));
        }
        MunicipalityView m = municipality.get();
        // The form offered the channels of every municipality; the choice must be one this municipality offers.
        ValidationResult here = validator.validate(form.toInput(), channels.in(m.id()));
        if (!here.isValid()) {
            return new SignUpOutcome.Invalid(here.errors());
        }
        ParticipantDetails details = checked.details().withContacts(here.valid().contacts());
        MailOrder mail;
        try {
            mail = as(m, () -> accounts.register(details, Instant.now()));
        } catch (EJBException e) {
            // Two sign-ups with one address at the same moment: the second hit the unique key. Now it exists.
            mail = as(m, () -> accounts.register(details, Instant.now()));
        }
        return send(mail, m) == ResidentMailer.Outcome.FAILED
                ? new SignUpOutcome.MailFailed(m.name())
                : new SignUpOutcome.Accepted(m.name());
    }

    /** The confirmation link: the participant becomes active and gets their manage token. */
    public ConfirmOutcome confirm(String token) {
        return withToken(token, (m, t) -> {
                    ConfirmOutcome o = accounts.confirm(t, Instant.now());
                    return new ConfirmOutcome(o.status(), Optional.of(m.name()), o.manageToken());
                })
                .orElseGet(ConfirmOutcome::invalid);
    }

    /**
     * "Send me my personal link": mails every registration with this address its link (or its confirmation link, if
     * unconfirmed). Unknown addresses get nothing; the caller must answer the same either way.
     *
     * @return format errors of the address only (empty when it was a well-formed address, known or not)
     */
    public List<FieldError> sendPersonalLink(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.parse(email);
        } catch (InvalidValueException e) {
            return List.of(new FieldError("email", e.messageKey(), e.args()));
        }
        for (CrossTenantParticipants.Registration r : directory.findByEmail(address.value())) {
            municipalities.find(r.municipalityId()).ifPresent(m -> as(
                            m, () -> accounts.personalLink(r.participantId(), Instant.now()))
                    .ifPresent(mail -> send(mail, m)));
        }
        return List.of();
    }

    /** What a link to the settings page opens: everything (a manage link), channels only (an alert's), or nothing. */
    public ResidentLinks.Access access(String token) {
        return withToken(token, (m, t) -> accounts.access(t)).orElse(ResidentLinks.Access.NONE);
    }

    /** The channels page of an alert message's preferences link (a manage link opens it too). */
    public Optional<ResidentPreferences> preferences(String token) {
        return withToken(token, (m, t) -> accounts.preferences(t, m.name())).flatMap(o -> o);
    }

    /** Saves the channels page: these channels on, the others (of those offered and with an address) off. */
    public boolean setChannels(String token, Set<String> on) {
        return withToken(
                        token,
                        (m, t) -> accounts.setChannels(
                                t,
                                channels.in(m.id()).stream()
                                        .map(ChannelDescriptor::id)
                                        .toList(),
                                on,
                                Instant.now()))
                .orElse(false);
    }

    /**
     * The channels page's "send me a link to all my details": a manage link to the address on record, throttled like
     * every resident mail. Answers only whether the link was valid, never whether a mail left.
     */
    public boolean mailManageLink(String token) {
        Optional<LinkToken> parsed = LinkToken.parse(token);
        Optional<MunicipalityView> m = parsed.flatMap(t -> municipalities.find(t.municipalityId()));
        if (m.isEmpty()) {
            return false;
        }
        if (as(m.get(), () -> accounts.access(parsed.get())) == ResidentLinks.Access.NONE) {
            return false;
        }
        as(m.get(), () -> accounts.manageLinkByMail(parsed.get(), Instant.now()))
                .ifPresent(mail -> send(mail, m.get()));
        return true;
    }

    public Optional<ResidentAccount> open(String manageToken) {
        return withToken(manageToken, (m, t) -> accounts.open(t, m.name())).flatMap(o -> o);
    }

    public UpdateOutcome update(String manageToken, ResidentForm form) {
        Optional<LinkToken> token = LinkToken.parse(manageToken);
        Optional<MunicipalityView> m = token.flatMap(t -> municipalities.find(t.municipalityId()));
        if (m.isEmpty()) {
            return new UpdateOutcome.LinkInvalid();
        }
        Checked checked = check(form, channels.in(m.get().id()));
        if (!checked.errors().isEmpty()) {
            return new UpdateOutcome.Invalid(checked.errors());
        }
        ResidentAccounts.Saved saved =
                as(m.get(), () -> accounts.update(token.get(), checked.details(), Instant.now()));
        if (!saved.linkValid()) {
            return new UpdateOutcome.LinkInvalid();
        }
        if (saved.mail().isEmpty()) {
            return new UpdateOutcome.Saved(UpdateOutcome.NewEmail.UNCHANGED);
        }
        return new UpdateOutcome.Saved(
                send(saved.mail().get(), m.get()) == ResidentMailer.Outcome.FAILED
                        ? UpdateOutcome.NewEmail.MAIL_FAILED
                        : UpdateOutcome.NewEmail.CONFIRMATION_SENT);
    }

    /** "Turn e-mail back on" on the settings page: every e-mail channel the municipality offers. */
    public boolean resubscribe(String manageToken) {
        return withToken(
                        manageToken,
                        (m, t) -> accounts.resubscribe(t, AvailableChannels.emailKind(channels.in(m.id()))))
                .orElse(false);
    }

    /** The channels the resident can choose on the settings page of this link (none when the link is not valid). */
    public List<ChannelDescriptor> channelsOfManageLink(String manageToken) {
        return LinkToken.parse(manageToken)
                .flatMap(t -> municipalities.find(t.municipalityId()))
                .map(m -> channels.in(m.id()))
                .orElse(List.of());
    }

    /** The channels a sign-up form offers: those of every municipality (checked again once the postcode tells). */
    public List<ChannelDescriptor> channelsForSignUp() {
        return channels.anywhere();
    }

    /** The municipality a manage link belongs to, when the link is valid; looks only, changes and audits nothing. */
    public Optional<String> municipalityOfManageLink(String manageToken) {
        return withToken(manageToken, (m, t) -> accounts.isManageable(t) ? m.name() : null);
    }

    /**
     * What the unsubscribe page's button would do (GET); empty when the link is not valid.
     *
     * @param channel the channel the message came through, from the link; blank in links made before links named
     *     one (they turn e-mail off)
     */
    public Optional<UnsubscribeOutcome> unsubscribePreview(String unsubscribeToken, String channel) {
        return withToken(unsubscribeToken, (m, t) -> accounts.unsubscribePreview(t, channel, m.name()))
                .flatMap(o -> o);
    }

    /** One-click unsubscribe (RFC 8058): the link's channel off. Empty when the link is not valid. */
    public Optional<UnsubscribeOutcome> unsubscribe(String unsubscribeToken, String channel) {
        return withToken(unsubscribeToken, (m, t) -> accounts.unsubscribe(t, channel, m.name(), Instant.now()))
                .flatMap(o -> o);
    }

    public Optional<PersonalData> export(String manageToken) {
        return withToken(manageToken, (m, t) -> accounts.export(t, m.name(), m.cbsCode()))
                .flatMap(o -> o);
    }

    /** Deletes the registration and its addresses for good. */
    public boolean erase(String manageToken) {
        return withToken(manageToken, (m, t) -> accounts.erase(t)).orElse(false);
    }

    private record Checked(List<FieldError> errors, ParticipantRegistration registration, ParticipantDetails details) {}

    /** Validates against the channels offered and geocodes; every problem at once where possible. */
    private Checked check(ResidentForm form, List<ChannelDescriptor> offered) {
        List<FieldError> errors = new ArrayList<>();
        if (form.channels().isEmpty()) {
            errors.add(FieldError.of("channels", ParticipantValidator.CHANNELS_NONE));
        }
        ValidationResult v = validator.validate(form.toInput(), offered);
        errors.addAll(v.errors());
        if (!errors.isEmpty()) {
            return new Checked(errors, null, null);
        }
        AddressGeocoding.Result located = geocoding.locate(v.valid());
        if (located.details().isEmpty()) {
            return new Checked(located.errors(), null, null);
        }
        return new Checked(List.of(), v.valid(), located.details().get());
    }

    private Optional<MunicipalityView> municipalityOf(DutchAddress firstAddress, Long chosenMunicipalityId) {
        Optional<MunicipalityView> byPostcode;
        try {
            byPostcode = geocoder.geocode(firstAddress)
                    .flatMap(GeocodedAddress::municipality)
                    .flatMap(cbs -> municipalities.findByCbsCode(cbs.value()));
        } catch (GeocodingUnavailableException e) {
            byPostcode = Optional.empty();
        }
        if (byPostcode.isPresent()) {
            return byPostcode;
        }
        return Optional.ofNullable(chosenMunicipalityId).flatMap(municipalities::find);
    }

    private <T> Optional<T> withToken(String token, BiFunction<MunicipalityView, LinkToken, T> work) {
        Optional<LinkToken> parsed = LinkToken.parse(token);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        LinkToken t = parsed.get();
        return municipalities.find(t.municipalityId()).map(m -> as(m, () -> work.apply(m, t)));
    }

    private ResidentMailer.Outcome send(MailOrder order, MunicipalityView m) {
        ResidentMailer.Outcome outcome =
                mailer.send(new ResidentMail(order.kind(), order.to(), order.language(), order.link(), m));
        if (outcome == ResidentMailer.Outcome.FAILED) {
            LOG.warning(() -> "Resident mail " + order.kind() + " for municipality " + m.cbsCode() + " not sent");
        }
        return outcome;
    }

    private static <T> T as(MunicipalityView m, Callable<T> work) {
        try {
            return TenantContext.callAs(m.id(), work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
