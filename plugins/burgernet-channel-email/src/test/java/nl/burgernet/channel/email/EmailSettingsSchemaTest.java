package nl.burgernet.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.testkit.ChannelConfigurationBuilder;
import org.junit.jupiter.api.Test;

class EmailSettingsSchemaTest {

    private static final Locale DUTCH = Locale.of("nl");

    private static ChannelConfigurationBuilder minimal() {
        return ChannelConfigurationBuilder.aConfiguration().with(EmailSettingsSchema.SMTP_HOST, "smtp.example.nl");
    }

    @Test
    void onlyTheHostIsNeededTheRestHasSafeDefaults() {
        EmailSettings settings = EmailSettingsSchema.read(minimal().build(), Locale.ENGLISH)
                .settings()
                .orElseThrow();

        assertEquals(587, settings.port());
        assertEquals(TlsMode.STARTTLS, settings.tls());
        assertEquals(4, settings.sessions());
        assertFalse(settings.authenticates());
        assertTrue(settings.dkim().isEmpty());
    }

    @Test
    void problemsAreNamedInTheAdminsLanguage() {
        List<String> english = EmailSettingsSchema.read(
                        minimal().with(EmailSettingsSchema.SMTP_PORT, "99999").build(), Locale.ENGLISH)
                .problems();
        List<String> dutch = EmailSettingsSchema.read(
                        minimal().with(EmailSettingsSchema.SMTP_PORT, "99999").build(), DUTCH)
                .problems();

        assertEquals(List.of("‘SMTP port’ must be a number from 1 to 65535, not \"99999\"."), english);
        assertEquals(List.of("‘SMTP-poort’ moet een getal van 1 tot en met 65535 zijn, niet \"99999\"."), dutch);
    }

    @Test
    void parallelConnectionsAreLimited() {
        List<String> problems = EmailSettingsSchema.read(
                        minimal().with(EmailSettingsSchema.SMTP_SESSIONS, "64").build(), Locale.ENGLISH)
                .problems();

        assertEquals(List.of("‘Parallel connections’ must be a whole number from 1 to 16, not \"64\"."), problems);
    }

    @Test
    void anUnknownEncryptionIsRefused() {
        List<String> problems = EmailSettingsSchema.read(
                        minimal().with(EmailSettingsSchema.SMTP_TLS, "SSL3").build(), DUTCH)
                .problems();

        assertEquals(List.of("Kies bij ‘Versleuteling’ STARTTLS, TLS of NONE, niet \"SSL3\"."), problems);
    }

    @Test
    void aUserNeedsAPasswordAndTheOtherWayRound() {
        assertEquals(
                List.of("‘SMTP user name’ is filled in but ‘SMTP password’ is empty."),
                EmailSettingsSchema.read(
                                minimal()
                                        .with(EmailSettingsSchema.SMTP_USER, "bn")
                                        .build(),
                                Locale.ENGLISH)
                        .problems());
        assertEquals(
                List.of("‘SMTP password’ is filled in but ‘SMTP user name’ is empty."),
                EmailSettingsSchema.read(
                                minimal()
                                        .with(EmailSettingsSchema.SMTP_PASSWORD, "x")
                                        .build(),
                                Locale.ENGLISH)
                        .problems());
    }

    @Test
    void aPasswordIsNeverSentUnencryptedToAnotherMachine() {
        ChannelConfigurationBuilder plain = minimal()
                .with(EmailSettingsSchema.SMTP_TLS, "NONE")
                .with(EmailSettingsSchema.SMTP_USER, "bn")
                .with(EmailSettingsSchema.SMTP_PASSWORD, "secret");

        List<String> remote =
                EmailSettingsSchema.read(plain.build(), Locale.ENGLISH).problems();
        List<String> local = EmailSettingsSchema.read(
                        plain.with(EmailSettingsSchema.SMTP_HOST, "127.0.0.1").build(), Locale.ENGLISH)
                .problems();

        assertEquals(1, remote.size());
        assertTrue(remote.getFirst().contains("unencrypted"), remote.getFirst());
        assertEquals(List.of(), local);
    }

    @Test
    void dkimNeedsAllThreeSettings() {
        List<String> problems = EmailSettingsSchema.read(
                        minimal()
                                .with(EmailSettingsSchema.DKIM_DOMAIN, "example.nl")
                                .build(),
                        DUTCH)
                .problems();

        assertEquals(
                List.of("Vul voor een DKIM-handtekening alle drie in: ‘DKIM-domein’, ‘DKIM-selector’ en"
                        + " ‘DKIM-privésleutel’."),
                problems);
    }

    @Test
    void anUnreadableKeyIsReportedWithoutShowingIt() {
        String secretGarbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----";
        List<String> problems = EmailSettingsSchema.read(
                        minimal()
                                .with(EmailSettingsSchema.DKIM_DOMAIN, "example.nl")
                                .with(EmailSettingsSchema.DKIM_SELECTOR, "bn")
                                .with(EmailSettingsSchema.DKIM_PRIVATE_KEY, secretGarbage)
                                .build(),
                        Locale.ENGLISH)
                .problems();

        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("‘DKIM private key’ cannot be read"), problems.getFirst());
        assertFalse(problems.getFirst().contains("bm90IGEga2V5"));
    }

    @Test
    void aBadSenderOverrideIsNamed() {
        List<String> problems = EmailSettingsSchema.read(
                        minimal()
                                .with(EmailSettingsSchema.FROM_ADDRESS, "burgernet at gemeente")
                                .build(),
                        Locale.ENGLISH)
                .problems();

        assertEquals(List.of("\"burgernet at gemeente\" in ‘Sender address’ is not a valid e-mail address."), problems);
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        List<String> problems = EmailSettingsSchema.read(
                        ChannelConfigurationBuilder.aConfiguration()
                                .with(EmailSettingsSchema.SMTP_PORT, "abc")
                                .with(EmailSettingsSchema.SMTP_SESSIONS, "0")
                                .build(),
                        Locale.ENGLISH)
                .problems();

        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void passwordAndKeyAreSecretsAndTheKeyIsMultiLine() {
        List<ConfigProperty> schema = EmailSettingsSchema.properties(Locale.ENGLISH);

        List<String> secrets = schema.stream()
                .filter(ConfigProperty::secret)
                .map(ConfigProperty::name)
                .toList();
        assertEquals(List.of(EmailSettingsSchema.SMTP_PASSWORD, EmailSettingsSchema.DKIM_PRIVATE_KEY), secrets);
        assertEquals(
                ConfigProperty.Type.TEXT,
                schema.stream()
                        .filter(p -> p.name().equals(EmailSettingsSchema.DKIM_PRIVATE_KEY))
                        .findFirst()
                        .orElseThrow()
                        .type());
    }

    @Test
    void settingsNeverPrintThePassword() {
        EmailSettings settings = EmailSettingsSchema.read(
                        minimal()
                                .with(EmailSettingsSchema.SMTP_USER, "bn")
                                .with(EmailSettingsSchema.SMTP_PASSWORD, "hunter2")
                                .build(),
                        Locale.ENGLISH)
                .settings()
                .orElseThrow();

        assertFalse(settings.toString().contains("hunter2"));
    }
}
