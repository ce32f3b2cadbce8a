package nl.burgernet.channel.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import nl.burgernet.channel.email.dkim.PemKeys;

/**
 * The e-mail channel's settings: what the admin UI shows, and how a municipality's values are read into {@link
 * EmailSettings}, with every problem in the admin's words.
 */
public final class EmailSettingsSchema {

    public static final String SMTP_HOST = "smtp.host";
    public static final String SMTP_PORT = "smtp.port";
    public static final String SMTP_TLS = "smtp.tls";
    public static final String SMTP_USER = "smtp.user";
    public static final String SMTP_PASSWORD = "smtp.password";
    public static final String SMTP_SESSIONS = "smtp.sessions";
    public static final String FROM_NAME = "from.name";
    public static final String FROM_ADDRESS = "from.address";
    public static final String DKIM_DOMAIN = "dkim.domain";
    public static final String DKIM_SELECTOR = "dkim.selector";
    public static final String DKIM_PRIVATE_KEY = "dkim.privateKey";

    static final String BUNDLE = "nl.burgernet.channel.email.SettingsTexts";
    private static final String DEFAULT_PORT = "587";
    private static final String DEFAULT_SESSIONS = "4";
    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern DOMAIN_NAME =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern SELECTOR = Pattern.compile("(?i)[a-z0-9]([a-z0-9.-]{0,62}[a-z0-9])?");

    /** The outcome of reading a municipality's settings: usable settings, or the problems that stop them. */
    public record Reading(Optional<EmailSettings> settings, List<String> problems) {}

    private EmailSettingsSchema() {}

    public static List<ConfigProperty> properties(Locale locale) {
        Texts texts = Texts.of(BUNDLE, locale);
        List<String> tlsModes = Arrays.stream(TlsMode.values()).map(Enum::name).toList();
        return List.of(
                property(texts, SMTP_HOST, Type.STRING, null, true, false, List.of()),
                property(texts, SMTP_PORT, Type.INTEGER, DEFAULT_PORT, true, false, List.of()),
                property(texts, SMTP_TLS, Type.CHOICE, TlsMode.STARTTLS.name(), true, false, tlsModes),
                property(texts, SMTP_USER, Type.STRING, null, false, false, List.of()),
                property(texts, SMTP_PASSWORD, Type.STRING, null, false, true, List.of()),
                property(texts, SMTP_SESSIONS, Type.INTEGER, DEFAULT_SESSIONS, true, false, List.of()),
                property(texts, FROM_NAME, Type.STRING, null, false, false, List.of()),
                property(texts, FROM_ADDRESS, Type.EMAIL, null, false, false, List.of()),
                property(texts, DKIM_DOMAIN, Type.STRING, null, false, false, List.of()),
                property(texts, DKIM_SELECTOR, Type.STRING, null, false, false, List.of()),
                property(texts, DKIM_PRIVATE_KEY, Type.TEXT, null, false, true, List.of()));
    }

    private static ConfigProperty property(
            Texts texts,
            String name,
            Type type,
            String defaultValue,
            boolean required,
            boolean secret,
            List<String> options) {
        return new ConfigProperty(
                name,
                texts.get(name + ".label"),
                type,
                defaultValue,
                required,
                secret,
                texts.get(name + ".help"),
                options);
    }

    /** Reads and checks a municipality's settings; the problems are in the given language. */
    public static Reading read(ChannelConfiguration configuration, Locale locale) {
        return new Reader(configuration, Texts.of(BUNDLE, locale)).read();
    }

    /** Reads one municipality's values, collecting every problem rather than stopping at the first. */
    private static final class Reader {

        private final ChannelConfiguration configuration;
        private final Texts texts;
        private final List<String> problems = new ArrayList<>();

        Reader(ChannelConfiguration configuration, Texts texts) {
            this.configuration = configuration;
            this.texts = texts;
        }

        Reading read() {
            String host = text(SMTP_HOST);
            if (host.isEmpty()) {
                problem("problem.missing", label(SMTP_HOST));
            } else if (!HOST_NAME.matcher(host).matches()) {
                problem("problem.host", label(SMTP_HOST), host);
            }
            int port = number(SMTP_PORT, DEFAULT_PORT, 65_535, "problem.port");
            TlsMode tls = tlsMode();
            String user = text(SMTP_USER);
            String password = configuration.get(SMTP_PASSWORD).orElse("");
            if (!user.isEmpty() && password.isEmpty()) {
                problem("problem.userWithoutPassword", label(SMTP_USER), label(SMTP_PASSWORD));
            } else if (user.isEmpty() && !password.isEmpty()) {
                problem("problem.passwordWithoutUser", label(SMTP_USER), label(SMTP_PASSWORD));
            }
            if (tls == TlsMode.NONE && !password.isEmpty() && !host.isEmpty() && !isLoopback(host)) {
                problem("problem.plainPassword");
            }
            int sessions = number(SMTP_SESSIONS, DEFAULT_SESSIONS, EmailSettings.MAX_SESSIONS, "problem.sessions");
            String fromName = text(FROM_NAME);
            String fromAddress = text(FROM_ADDRESS);
            if (!fromAddress.isEmpty() && !isAddress(fromAddress)) {
                problem("problem.address", label(FROM_ADDRESS), fromAddress);
            }
            Optional<EmailSettings.Dkim> dkim = dkim();
            if (!problems.isEmpty()) {
                return new Reading(Optional.empty(), List.copyOf(problems));
            }
            return new Reading(
                    Optional.of(
                            new EmailSettings(host, port, tls, user, password, sessions, fromName, fromAddress, dkim)),
                    List.of());
        }

        private Optional<EmailSettings.Dkim> dkim() {
            String domain = text(DKIM_DOMAIN);
            String selector = text(DKIM_SELECTOR);
            String pem = configuration.get(DKIM_PRIVATE_KEY).orElse("");
            if (domain.isEmpty() && selector.isEmpty() && pem.isBlank()) {
                return Optional.empty();
            }
            if (domain.isEmpty() || selector.isEmpty() || pem.isBlank()) {
                problem("problem.dkimIncomplete", label(DKIM_DOMAIN), label(DKIM_SELECTOR), label(DKIM_PRIVATE_KEY));
                return Optional.empty();
            }
            if (!DOMAIN_NAME.matcher(domain).matches()) {
                problem("problem.dkimDomain", label(DKIM_DOMAIN), domain);
            }
            if (!SELECTOR.matcher(selector).matches()) {
                problem("problem.dkimSelector", label(DKIM_SELECTOR), selector);
            }
            Optional<java.security.interfaces.RSAPrivateKey> key = PemKeys.readRsaPrivateKey(pem);
            if (key.isEmpty()) {
                problem("problem.dkimKey", label(DKIM_PRIVATE_KEY));
                return Optional.empty();
            }
            return Optional.of(new EmailSettings.Dkim(domain.toLowerCase(Locale.ROOT), selector, key.get()));
        }

        private TlsMode tlsMode() {
            String value =
                    configuration.get(SMTP_TLS).orElse(TlsMode.STARTTLS.name()).strip();
            try {
                return TlsMode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("problem.tls", label(SMTP_TLS), value);
                return TlsMode.STARTTLS;
            }
        }

        private int number(String name, String defaultValue, int max, String problemKey) {
            String value = configuration.get(name).orElse(defaultValue).strip();
            try {
                int number = Integer.parseInt(value);
                if (number >= 1 && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, in words
            }
            problem(problemKey, label(name), value, max);
            return Integer.parseInt(defaultValue);
        }

        private String text(String name) {
            return configuration.get(name).map(String::strip).orElse("");
        }

        private String label(String name) {
            return texts.get(name + ".label");
        }

        private void problem(String key, Object... arguments) {
            problems.add(texts.format(key, arguments));
        }
    }

    static boolean isAddress(String address) {
        try {
            new InternetAddress(address, true).validate();
            return address.indexOf('@') > 0 && address.chars().noneMatch(Character::isISOControl);
        } catch (AddressException e) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        try {
            // Only literal addresses: a name is never resolved here, validation must not wait for DNS.
            return host.matches("[0-9.:]+") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
