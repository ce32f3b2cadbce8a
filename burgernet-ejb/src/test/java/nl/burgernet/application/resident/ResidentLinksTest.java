package nl.burgernet.application.resident;

import static nl.burgernet.application.resident.ResidentLinks.Access.FULL;
import static nl.burgernet.application.resident.ResidentLinks.Access.NONE;
import static nl.burgernet.application.resident.ResidentLinks.Access.PREFERENCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidentLinksTest {

    private static final byte[] SECRET = "a-test-secret-that-is-long-enough-for-hmac".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final ResidentLinks links = new ResidentLinks("https://burgernet.example.nl", SECRET, Duration.ofDays(7));
    private final String key = ResidentLinks.newLinkKey();

    @Test
    void manageLinkIsAcceptedWithTheLinkKeyItWasMadeWith() {
        LinkToken t = parse(links.manageToken(50, 1234, key, NOW));

        assertEquals(50, t.municipalityId());
        assertEquals(1234, t.participantId());
        assertEquals(FULL, links.checkManage(t, key, NOW));
    }

    @Test
    void aManageLinkWorksForItsHoursAndThenOpensNothing() {
        LinkToken t = parse(links.manageToken(50, 1234, key, NOW));

        assertEquals(FULL, links.checkManage(t, key, NOW.plus(Duration.ofHours(24))));
        assertEquals(
                NONE, links.checkManage(t, key, NOW.plus(Duration.ofHours(24)).plusSeconds(1)));
    }

    @Test
    void thePreferencesLinkOfAnAlertMessageOpensTheChannelsOnlyForThirtyDays() {
        String token = links.preferencesUrl(50, 1234, key, NOW).replaceFirst(".*\\?t=", "");
        LinkToken t = parse(token);

        assertEquals(PREFERENCES, links.checkManage(t, key, NOW));
        assertEquals(PREFERENCES, links.checkManage(t, key, NOW.plus(Duration.ofDays(30))));
        assertEquals(
                NONE, links.checkManage(t, key, NOW.plus(Duration.ofDays(30)).plusSeconds(1)));
        long expiry = t.expiresAt().orElseThrow();
        LinkToken extended = parse(token.replace("." + expiry + ".", "." + (expiry + 86_400 * 365) + "."));
        assertEquals(NONE, links.checkManage(extended, key, NOW), "an edited expiry breaks the signature");
    }

    @Test
    void manageLinksFromBeforeLinksExpiredAreRefused() {
        String mac = new LinkSigner(SECRET).sign("MANAGE", "50", "1234", "", key, "");

        assertEquals(NONE, links.checkManage(parse("50.1234." + mac), key, NOW));
    }

    @Test
    void renewingTheLinkKeyKillsManageLinksButNotUnsubscribeLinks() {
        LinkToken manage = parse(links.manageToken(50, 1234, key, NOW));
        LinkToken unsubscribe = parse(links.unsubscribeToken(50, 1234, "email"));

        String renewed = ResidentLinks.newLinkKey();

        assertEquals(NONE, links.checkManage(manage, renewed, NOW));
        assertTrue(links.isUnsubscribe(unsubscribe, "email"));
    }

    @Test
    void anUnsubscribeLinkTurnsOffOnlyItsOwnChannel() {
        LinkToken sms = parse(links.unsubscribeToken(50, 1234, "sms"));

        assertTrue(links.isUnsubscribe(sms, "sms"));
        assertFalse(links.isUnsubscribe(sms, "email"), "the channel in the URL cannot be swapped");
        assertFalse(links.isUnsubscribe(sms, ""));
    }

    @Test
    void linksMadeBeforeTheyNamedAChannelStillWork() {
        LinkToken old = parse(links.unsubscribeToken(50, 1234, ""));

        assertTrue(links.isUnsubscribe(old, ""));
        assertTrue(links.isUnsubscribe(old, null));
        assertFalse(links.isUnsubscribe(old, "sms"));
    }

    @Test
    void changingTheMunicipalityOrParticipantInATokenBreaksIt() {
        String token = links.manageToken(50, 1234, key, NOW);
        String otherMunicipality = token.replaceFirst("^50\\.", "100.");
        String otherParticipant = token.replaceFirst("\\.1234\\.", ".1235.");

        assertEquals(NONE, links.checkManage(parse(otherMunicipality), key, NOW));
        assertEquals(NONE, links.checkManage(parse(otherParticipant), key, NOW));
    }

    @Test
    void aLinkForOnePurposeDoesNotWorkForAnother() {
        LinkToken unsubscribe = parse(links.unsubscribeToken(50, 1234, "email"));
        LinkToken manageWithoutKey = parse(links.manageToken(50, 1234, "", NOW));

        assertEquals(NONE, links.checkManage(unsubscribe, "", NOW));
        assertFalse(links.isUnsubscribe(manageWithoutKey, "email"));
    }

    @Test
    void anotherSecretAcceptsNothing() {
        ResidentLinks otherServer = new ResidentLinks(
                "https://burgernet.example.nl",
                "another-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8),
                Duration.ofDays(7));

        assertFalse(otherServer.isUnsubscribe(parse(links.unsubscribeToken(50, 1234, "email")), "email"));
        assertEquals(NONE, otherServer.checkManage(parse(links.manageToken(50, 1234, key, NOW)), key, NOW));
    }

    @Test
    void confirmLinkWorksUntilItExpiresAndThenSaysExpired() {
        LinkToken t = parse(links.confirmToken(50, 1234, key, "jan@example.nl", NOW));

        assertEquals(ResidentLinks.ConfirmCheck.VALID, links.checkConfirm(t, key, "jan@example.nl", NOW));
        assertEquals(
                ResidentLinks.ConfirmCheck.VALID,
                links.checkConfirm(t, key, "jan@example.nl", NOW.plus(Duration.ofDays(7))));
        assertEquals(
                ResidentLinks.ConfirmCheck.EXPIRED,
                links.checkConfirm(
                        t, key, "jan@example.nl", NOW.plus(Duration.ofDays(7)).plusSeconds(1)));
    }

    @Test
    void confirmLinkConfirmsOnlyTheAddressItWasSentTo() {
        LinkToken t = parse(links.confirmToken(50, 1234, key, "Jan@Example.nl", NOW));

        assertEquals(ResidentLinks.ConfirmCheck.VALID, links.checkConfirm(t, key, "jan@example.nl", NOW));
        assertEquals(ResidentLinks.ConfirmCheck.INVALID, links.checkConfirm(t, key, "victim@example.nl", NOW));
    }

    @Test
    void aConfirmLinkWithAnEditedExpiryIsInvalidNotExpired() {
        String token = links.confirmToken(50, 1234, key, "jan@example.nl", NOW);
        long expiry = parse(token).expiresAt().orElseThrow();
        LinkToken extended = parse(token.replace("." + expiry + ".", "." + (expiry + 86_400) + "."));

        assertEquals(
                ResidentLinks.ConfirmCheck.INVALID,
                links.checkConfirm(extended, key, "jan@example.nl", NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void urlsStartWithTheBaseUrlAndCarryTheTokenAsParameterT() {
        assertEquals(
                "https://burgernet.example.nl/resident/unsubscribe?t=" + links.unsubscribeToken(50, 1234, "email")
                        + "&c=email",
                links.unsubscribeUrl(50, 1234, "email"));
        assertTrue(links.manageUrl(50, 1234, key, NOW)
                .startsWith("https://burgernet.example.nl/resident/manage.xhtml?t=50.1234."));
        assertTrue(links.confirmUrl(50, 1234, key, "jan@example.nl", NOW)
                .startsWith("https://burgernet.example.nl/resident/confirm.xhtml?t=50.1234."));
    }

    @Test
    void linksAreDeterministicSoAnyNodeWithTheSecretBuildsTheSameOne() {
        ResidentLinks sameSecret =
                new ResidentLinks("https://burgernet.example.nl/", SECRET.clone(), Duration.ofDays(7));

        assertEquals(links.unsubscribeUrl(50, 1234, "sms"), sameSecret.unsubscribeUrl(50, 1234, "sms"));
        assertEquals(links.manageUrl(50, 1234, key, NOW), sameSecret.manageUrl(50, 1234, key, NOW));
    }

    @Test
    void aShortConfiguredSecretStopsTheDeployment() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> new ResidentLinks("https://burgernet.example.nl", Optional.of("too-short"), 7, 24, 30));
        assertTrue(e.getMessage().contains("burgernet.links.secret"));
    }

    @Test
    void aBaseUrlThatIsNotHttpStopsTheDeployment() {
        assertThrows(
                IllegalStateException.class, () -> new ResidentLinks("ftp://example.nl/", SECRET, Duration.ofDays(7)));
    }

    @Test
    void linkKeysAreRandomAndFitTheColumn() {
        String a = ResidentLinks.newLinkKey();
        String b = ResidentLinks.newLinkKey();

        assertEquals(64, a.length());
        assertTrue(a.matches("[0-9a-f]{64}"));
        assertFalse(a.equals(b));
    }

    private static LinkToken parse(String token) {
        return LinkToken.parse(token).orElseThrow(() -> new AssertionError("not a token: " + token));
    }
}
