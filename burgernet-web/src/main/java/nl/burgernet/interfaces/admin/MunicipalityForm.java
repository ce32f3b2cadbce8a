package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.burgernet.application.municipality.MunicipalityView;
import nl.burgernet.domain.model.municipality.AlertPolicy;
import nl.burgernet.domain.model.municipality.MunicipalitySettings;
import nl.burgernet.domain.model.participant.EmailAddress;
import nl.burgernet.domain.model.participant.QuietHours;
import nl.burgernet.domain.shared.InvalidValueException;

/**
 * The municipality form as typed. {@link #validate} names every wrong field at once with a message key of the UI
 * bundle ({@code municipalities.error.*}), so the platform admin fixes them in one go; {@link MunicipalitySettings}
 * would only stop at the first, in English.
 */
public class MunicipalityForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    /** The database column's width. */
    private static final int MAX_REGION_LENGTH = 80;

    private static final int MAX_WEEKLY_BUDGET = 100;

    private String cbsCode;
    private String name;
    private String contactEmail;
    private String senderName;
    private String senderEmail;
    private String replyDomain;
    private String logoUrl;
    private String brandColour = "#1d4f91";
    private String defaultLanguage = "nl";
    /** The ids of the channels switched on; a new municipality starts with the deployed ones on by default. */
    private List<String> channels = new ArrayList<>();

    private String quietFrom;
    private String quietTo;
    private String region;
    private boolean requiresApproval;
    private String weeklyBudget = Integer.toString(AlertPolicy.DEFAULT_WEEKLY_BUDGET);
    /** Channels on when the form was opened that this form does not offer (a plugin's own id): kept as they are. */
    private List<String> otherChannels = new ArrayList<>();

    /** A problem with one field: its component id and the message key. */
    public record Problem(String field, String messageKey) implements Serializable {}

    /** @param onByDefault the deployed channels on unless one opts out (Burgernetmail): on for a new municipality */
    public static MunicipalityForm blank(List<String> onByDefault) {
        MunicipalityForm f = new MunicipalityForm();
        f.channels = new ArrayList<>(onByDefault);
        return f;
    }

    /** @param deployed the ids of the deployed channels, which the form offers; others that were on are kept */
    public static MunicipalityForm of(MunicipalityView m, List<String> deployed) {
        MunicipalityForm f = new MunicipalityForm();
        MunicipalitySettings s = m.settings();
        f.cbsCode = m.cbsCode();
        f.name = m.name();
        f.contactEmail = s.contactEmail();
        f.senderName = s.senderName();
        f.senderEmail = s.senderEmail();
        f.replyDomain = s.replyDomain();
        f.logoUrl = s.logoUrl();
        f.brandColour = s.brandColour();
        f.defaultLanguage = s.defaultLanguage();
        f.channels = new ArrayList<>(s.enabledChannels().stream().sorted().toList());
        f.quietFrom = s.quietFrom() == null ? "" : HH_MM.format(s.quietFrom());
        f.quietTo = s.quietTo() == null ? "" : HH_MM.format(s.quietTo());
        f.otherChannels = new ArrayList<>(
                f.channels.stream().filter(c -> !deployed.contains(c)).toList());
        AlertPolicy policy = m.alertPolicy();
        f.region = policy.region().orElse("");
        f.requiresApproval = policy.requiresApproval();
        f.weeklyBudget = Integer.toString(policy.weeklyBudget());
        return f;
    }

    /**
     * @param creating the CBS code is only typed (and checked) for a new municipality; it never changes
     * @param deployed the ids of the deployed channels: only those, and the ones that were on already, can be on
     */
    public List<Problem> validate(boolean creating, List<String> deployed) {
        List<Problem> problems = new ArrayList<>();
        if (creating && !CBS_CODE.matcher(cbsCode()).matches()) {
            problems.add(new Problem("cbsCode", "municipalities.error.cbsCode"));
        }
        if (blank(name)) {
            problems.add(new Problem("name", "municipalities.error.name"));
        }
        checkEmail(contactEmail, "contactEmail", problems);
        checkEmail(senderEmail, "senderEmail", problems);
        if (!blank(replyDomain)
                && !DOMAIN.matcher(replyDomain.strip().toLowerCase(Locale.ROOT)).matches()) {
            problems.add(new Problem("replyDomain", "municipalities.error.replyDomain"));
        }
        if (!blank(logoUrl) && !isWebAddress(logoUrl.strip())) {
            problems.add(new Problem("logoUrl", "municipalities.error.logoUrl"));
        }
        if (!COLOUR.matcher(colour()).matches()) {
            problems.add(new Problem("brandColour", "municipalities.error.brandColour"));
        }
        if (!"nl".equals(defaultLanguage) && !"en".equals(defaultLanguage)) {
            problems.add(new Problem("defaultLanguage", "municipalities.error.language"));
        }
        if (channels.isEmpty()
                || channels.stream().anyMatch(c -> !deployed.contains(c) && !otherChannels.contains(c))) {
            problems.add(new Problem("channels", "municipalities.error.channels"));
        }
        checkQuietHours(problems);
        if (region != null && region.strip().length() > MAX_REGION_LENGTH) {
            problems.add(new Problem("region", "municipalities.error.region"));
        }
        if (budget() == null) {
            problems.add(new Problem("weeklyBudget", "municipalities.error.weeklyBudget"));
        }
        return problems;
    }

    /** Only after {@link #validate} found nothing. */
    public MunicipalitySettings toSettings() {
        return new MunicipalitySettings(
                trimmed(contactEmail),
                trimmed(senderName),
                trimmed(senderEmail),
                blank(replyDomain) ? null : replyDomain.strip().toLowerCase(Locale.ROOT),
                trimmed(logoUrl),
                colour(),
                defaultLanguage,
                new LinkedHashSet<>(channels),
                blank(quietFrom) ? null : QuietHours.parseTime(quietFrom),
                blank(quietTo) ? null : QuietHours.parseTime(quietTo));
    }

    /** Only after {@link #validate} found nothing. */
    public AlertPolicy toAlertPolicy() {
        return new AlertPolicy(region, requiresApproval, budget());
    }

    /** The weekly budget if it is a whole number from 1 to 100, else null. */
    private Integer budget() {
        try {
            int budget = Integer.parseInt(weeklyBudget == null ? "" : weeklyBudget.strip());
            return budget >= 1 && budget <= MAX_WEEKLY_BUDGET ? budget : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Upper case, as CBS writes it, so "gm0355" is accepted. */
    public String cbsCode() {
        return cbsCode == null ? "" : cbsCode.strip().toUpperCase(Locale.ROOT);
    }

    public String name() {
        return name == null ? "" : name.strip();
    }

    /** The colour picker may give "1D4F91" or "#1d4f91"; stored as "#1d4f91". */
    private String colour() {
        if (blank(brandColour)) {
            return "";
        }
        String c = brandColour.strip().toLowerCase(Locale.ROOT);
        return c.startsWith("#") ? c : "#" + c;
    }

    private void checkQuietHours(List<Problem> problems) {
        if (blank(quietFrom) && blank(quietTo)) {
            return;
        }
        if (blank(quietFrom) || blank(quietTo)) {
            problems.add(
                    new Problem(blank(quietFrom) ? "quietFrom" : "quietTo", "municipalities.error.quietIncomplete"));
            return;
        }
        LocalTime from = time(quietFrom, "quietFrom", problems);
        LocalTime to = time(quietTo, "quietTo", problems);
        if (from != null && from.equals(to)) {
            problems.add(new Problem("quietTo", "municipalities.error.quietEmpty"));
        }
    }

    private static LocalTime time(String raw, String field, List<Problem> problems) {
        try {
            return QuietHours.parseTime(raw);
        } catch (InvalidValueException e) {
            problems.add(new Problem(field, "municipalities.error.time"));
            return null;
        }
    }

    private static void checkEmail(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return;
        }
        try {
            EmailAddress.parse(value);
        } catch (InvalidValueException e) {
            problems.add(new Problem(field, "municipalities.error.email"));
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }

    public String getCbsCode() {
        return cbsCode;
    }

    public void setCbsCode(String cbsCode) {
        this.cbsCode = cbsCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getSenderEmail() {
        return senderEmail;
    }

    public void setSenderEmail(String senderEmail) {
        this.senderEmail = senderEmail;
    }

    public String getReplyDomain() {
        return replyDomain;
    }

    public void setReplyDomain(String replyDomain) {
        this.replyDomain = replyDomain;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    public String getQuietFrom() {
        return quietFrom;
    }

    public void setQuietFrom(String quietFrom) {
        this.quietFrom = quietFrom;
    }

    public String getQuietTo() {
        return quietTo;
    }

    /** Channel ids this form offers beyond the deployed ones: those that were on when it was opened. */
    public List<String> getOtherChannels() {
        return otherChannels;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean requiresApproval) {
        this.requiresApproval = requiresApproval;
    }

    public String getWeeklyBudget() {
        return weeklyBudget;
    }

    public void setWeeklyBudget(String weeklyBudget) {
        this.weeklyBudget = weeklyBudget;
    }

    public void setQuietTo(String quietTo) {
        this.quietTo = quietTo;
    }
}
