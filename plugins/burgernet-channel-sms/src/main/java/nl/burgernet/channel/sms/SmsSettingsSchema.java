package nl.burgernet.channel.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.burgernet.channel.api.ChannelConfiguration;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;

/**
 * The SMS channel's settings: what the admin UI shows, and how a municipality's values are read into {@link
 * SmsSettings}, with every problem in the admin's words.
 */
public final class SmsSettingsSchema {

    public static final String HOST = "smsc.host";
    public static final String PORT = "smsc.port";
    public static final String SYSTEM_ID = "smsc.systemId";
    public static final String PASSWORD = "smsc.password";
    public static final String SYSTEM_TYPE = "smsc.systemType";
    public static final String TLS = "smsc.tls";
    public static final String SENDER = "source.address";
    public static final String MAX_PARTS = "message.maxParts";
    public static final String WINDOW = "smsc.window";
    public static final String RATE = "smsc.messagesPerSecond";
    public static final String ENQUIRE_LINK = "smsc.enquireLinkSeconds";

    /** Messages a second when the municipality says nothing: what a standard SMS contract allows. */
    public static final int DEFAULT_RATE = 100;

    static final String BUNDLE = "nl.burgernet.channel.sms.SettingsTexts";
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*|[0-9a-f:.]+");

    /** The outcome of reading a municipality's settings: usable settings, or the problems that stop them. */
    public record Reading(Optional<SmsSettings> settings, List<String> problems) {}

    private SmsSettingsSchema() {}

    public static List<ConfigProperty> properties(Locale locale) {
        Texts texts = Texts.of(BUNDLE, locale);
        return List.of(
                property(texts, HOST, Type.STRING, null, true, false),
                property(texts, PORT, Type.INTEGER, "2775", true, false),
                property(texts, SYSTEM_ID, Type.STRING, null, true, false),
                property(texts, PASSWORD, Type.STRING, null, true, true),
                property(texts, SYSTEM_TYPE, Type.STRING, null, false, false),
                property(texts, TLS, Type.BOOLEAN, "false", true, false),
                property(texts, SENDER, Type.STRING, "Burgernet", true, false),
                property(texts, MAX_PARTS, Type.INTEGER, "4", true, false),
                property(texts, WINDOW, Type.INTEGER, "10", true, false),
                property(texts, RATE, Type.INTEGER, Integer.toString(DEFAULT_RATE), true, false),
                property(texts, ENQUIRE_LINK, Type.INTEGER, "30", true, false));
    }

    private static ConfigProperty property(
            Texts texts, String name, Type type, String defaultValue, boolean required, boolean secret) {
        return new ConfigProperty(
                name,
                texts.get(name + ".label"),
                type,
                defaultValue,
                required,
                secret,
                texts.get(name + ".help"),
                List.of());
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
            String host = text(HOST);
            if (host.isEmpty()) {
                problem("problem.missing", label(HOST));
            } else if (!HOST_NAME.matcher(host).matches()) {
                problem("problem.host", label(HOST), host);
            }
            int port = number(PORT, "2775", 1, 65_535);
            String systemId = text(SYSTEM_ID);
            if (systemId.isEmpty()) {
                problem("problem.missing", label(SYSTEM_ID));
            } else if (systemId.length() > 15) {
                problem("problem.systemId", label(SYSTEM_ID));
            }
            // SMPP 3.4 carries at most 8 characters; a longer one would fail at every bind.
            String password = configuration.get(PASSWORD).orElse("");
            if (password.isEmpty()) {
                problem("problem.missing", label(PASSWORD));
            } else if (password.length() > 8) {
                problem("problem.password", label(PASSWORD));
            }
            String systemType = text(SYSTEM_TYPE);
            if (systemType.length() > 12) {
                problem("problem.systemType", label(SYSTEM_TYPE));
            }
            boolean tls = bool(TLS);
            String sender = configuration.get(SENDER).orElse("Burgernet").strip();
            if (!SmsSettings.Sender.isValid(sender)) {
                problem("problem.sender", label(SENDER), sender);
            }
            int maxParts = number(MAX_PARTS, "4", 1, 10);
            int window = number(WINDOW, "10", 1, 100);
            int rate = number(RATE, Integer.toString(DEFAULT_RATE), 0, 100_000);
            int enquireLink = number(ENQUIRE_LINK, "30", 5, 600);
            if (!problems.isEmpty()) {
                return new Reading(Optional.empty(), List.copyOf(problems));
            }
            return new Reading(
                    Optional.of(new SmsSettings(
                            host,
                            port,
                            systemId,
                            password,
                            systemType,
                            tls,
                            SmsSettings.Sender.of(sender),
                            maxParts,
                            window,
                            rate,
                            enquireLink)),
                    List.of());
        }

        private boolean bool(String name) {
            String value = configuration.get(name).orElse("false").strip();
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(value);
            }
            problem("problem.boolean", label(name), value);
            return false;
        }

        private int number(String name, String defaultValue, int min, int max) {
            String value = configuration.get(name).orElse(defaultValue).strip();
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below, in words
            }
            problem("problem.number", label(name), value, Integer.toString(min), Integer.toString(max));
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
}
