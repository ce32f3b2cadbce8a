package nl.burgernet.infrastructure.mail.reply;

import static nl.burgernet.infrastructure.mail.reply.TestMails.JPEG;
import static nl.burgernet.infrastructure.mail.reply.TestMails.attachment;
import static nl.burgernet.infrastructure.mail.reply.TestMails.bytes;
import static nl.burgernet.infrastructure.mail.reply.TestMails.text;
import static nl.burgernet.infrastructure.mail.reply.TestMails.textReply;
import static nl.burgernet.infrastructure.mail.reply.TestMails.withParts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.burgernet.domain.model.reply.AutoReply;
import nl.burgernet.domain.model.reply.AutoReplySignal;
import nl.burgernet.domain.model.reply.InboundMail;
import nl.burgernet.domain.model.reply.KeySource;
import nl.burgernet.domain.model.reply.ListedAttachment;
import nl.burgernet.domain.model.reply.ListedAttachment.Reason;
import nl.burgernet.domain.model.reply.ParsedReply;
import nl.burgernet.domain.model.reply.UnreadableMail;
import nl.burgernet.domain.model.reply.UnreadableReason;
import org.junit.jupiter.api.Test;

class InboundMailParserTest {

    private final ReplyParserSettings defaults = ReplyParserSettings.defaults(ReplyCorpus.REPLY_DOMAIN);
    private final InboundMailParser parser = new InboundMailParser(defaults);

    private ParsedReply parseReply(InboundMailParser p, MimeMessage message) {
        InboundMail mail = p.classify(bytes(message));
        return assertInstanceOf(ParsedReply.class, mail, () -> "not a reply: " + mail);
    }

    @Test
    void photoIsKeptWholeWithNameTypeAndSize() throws MessagingException {
        ParsedReply reply = parseReply(parser, withParts(text("Foto"), attachment("scooter.jpg", "image/jpeg", JPEG)));

        assertEquals(1, reply.images().size());
        assertEquals("scooter.jpg", reply.images().getFirst().fileName());
        assertEquals("image/jpeg", reply.images().getFirst().contentType());
        assertEquals(JPEG.length, reply.images().getFirst().size());
        assertArrayEquals(JPEG, reply.images().getFirst().content());
        assertEquals("Foto", reply.text());
    }

    @Test
    void photoLargerThanTheLimitIsListedNotKept() throws MessagingException {
        InboundMailParser strict = new InboundMailParser(defaults.withMaxImageBytes(JPEG.length - 1));
        ParsedReply reply = parseReply(strict, withParts(text("Foto"), attachment("big.jpg", "image/jpeg", JPEG)));

        assertTrue(reply.images().isEmpty());
        assertEquals(Reason.TOO_LARGE, reply.otherAttachments().getFirst().reason());
        assertTrue(reply.otherAttachments().getFirst().size() > JPEG.length - 1);
    }

    @Test
    void fileClaimingToBeAPhotoButHoldingHtmlIsListedNotKept() throws MessagingException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        ParsedReply reply = parseReply(parser, withParts(text("Foto"), attachment("photo.jpg", "image/jpeg", html)));

        assertTrue(reply.images().isEmpty());
        assertEquals(
                new ListedAttachment("photo.jpg", "image/jpeg", html.length, Reason.NOT_AN_IMAGE),
                reply.otherAttachments().getFirst());
    }

    @Test
    void untypedAttachmentWithAPhotoNameAndPhotoBytesIsKeptAsThePhotoItIs() throws MessagingException {
        ParsedReply reply =
                parseReply(parser, withParts(text("Foto"), attachment("IMG_1.JPG", "application/octet-stream", JPEG)));

        assertEquals("image/jpeg", reply.images().getFirst().contentType());
    }

    @Test
    void photosBeyondTheNumberLimitAreListedAsTooMany() throws MessagingException {
        InboundMailParser strict = new InboundMailParser(defaults.withMaxAttachments(1, 25));
        ParsedReply reply = parseReply(
                strict,
                withParts(
                        text("Twee"),
                        attachment("a.jpg", "image/jpeg", JPEG),
                        attachment("b.jpg", "image/jpeg", JPEG)));

        assertEquals("a.jpg", reply.images().getFirst().fileName());
        assertEquals(
                List.of(Reason.TOO_MANY),
                reply.otherAttachments().stream().map(ListedAttachment::reason).toList());
        assertFalse(reply.truncated());
    }

    @Test
    void attachmentsBeyondTheCapAreLeftOutAndTheReplyIsMarkedTruncated() throws MessagingException {
        List<BodyPart> parts = new ArrayList<>();
        parts.add(text("Veel bijlagen"));
        for (int i = 0; i < 40; i++) {
            parts.add(
                    attachment("doc" + i + ".pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        }
        ParsedReply reply = parseReply(parser, withParts(parts.toArray(BodyPart[]::new)));

        assertEquals(
                ReplyParserSettings.DEFAULT_MAX_ATTACHMENTS,
                reply.otherAttachments().size());
        assertTrue(reply.truncated());
        assertEquals("Veel bijlagen", reply.text());
    }

    @Test
    void textLongerThanTheLimitIsCutAndMarked() throws MessagingException {
        InboundMailParser strict = new InboundMailParser(defaults.withMaxTextLength(100));
        ParsedReply reply = parseReply(strict, textReply("Lang verhaal. ".repeat(50)));

        assertEquals(100, reply.text().length());
        assertTrue(reply.truncated());
    }

    @Test
    void defaultTextLimitIsTwentyThousandCharacters() throws MessagingException {
        ParsedReply reply = parseReply(parser, textReply("x".repeat(30_000)));

        assertEquals(20_000, reply.text().length());
        assertEquals(30_000, reply.originalText().length());
        assertTrue(reply.truncated());
    }

    @Test
    void deeplyNestedMultipartsMakeTheMailUnreadableWithAReason() throws MessagingException {
        MimeMultipart inner = new MimeMultipart();
        inner.addBodyPart(text("diep"));
        for (int i = 0; i < 15; i++) {
            MimeBodyPart wrapper = new MimeBodyPart();
            wrapper.setContent(inner);
            inner = new MimeMultipart();
            inner.addBodyPart(wrapper);
        }
        MimeMessage message = TestMails.reply();
        message.setContent(inner);

        UnreadableMail mail = assertInstanceOf(UnreadableMail.class, parser.classify(bytes(message)));
        assertEquals(UnreadableReason.BROKEN_MIME, mail.reason());
        assertTrue(mail.detail().contains("nested deeper than 10"), mail.detail());
        assertEquals(TestMails.KEY, mail.key().orElseThrow().key());
    }

    @Test
    void brokenBase64MakesTheMailUnreadableInsteadOfThrowing() {
        String raw = "From: jan@example.nl\nTo: " + TestMails.REPLY_TO_US + "\nSubject: Re: x\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + "SWsgemFnIGhlbQ=!!*\n";
        InboundMail mail = parser.classify(raw.getBytes(StandardCharsets.US_ASCII));

        assertEquals(
                UnreadableReason.BROKEN_MIME,
                assertInstanceOf(UnreadableMail.class, mail, mail::toString).reason());
    }

    @Test
    void unreadableContentTypeIsReportedAsSuch() {
        String raw = "To: " + TestMails.REPLY_TO_US + "\nContent-Type: ;;;===\n\nhoi\n";
        UnreadableMail mail =
                assertInstanceOf(UnreadableMail.class, parser.classify(raw.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(UnreadableReason.BROKEN_MIME, mail.reason());
        assertTrue(mail.detail().contains("Content-Type"), mail.detail());
    }

    @Test
    void keyUnderAnotherDomainIsNotAccepted() throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("To", "reply+" + TestMails.KEY.value() + "@evil.example");

        UnreadableMail mail = assertInstanceOf(UnreadableMail.class, parser.classify(bytes(message)));
        assertEquals(UnreadableReason.NO_REPLY_KEY, mail.reason());
    }

    @Test
    void keyInTheAddressWinsOverAnotherKeyInTheThreadingHeaders() throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("References", "<otherkeyabcdefghijklmnop.BN-1@" + ReplyCorpus.REPLY_DOMAIN + ">");

        ParsedReply reply = parseReply(parser, message);
        assertEquals(TestMails.KEY, reply.key().key());
        assertEquals(KeySource.TO, reply.key().source());
    }

    @Test
    void humanMailToTheBounceAddressGoesToQuarantine() throws MessagingException {
        MimeMessage message = textReply("Hallo");
        message.setHeader("To", "bounce+" + TestMails.KEY.value() + "@" + ReplyCorpus.REPLY_DOMAIN);

        UnreadableMail mail = assertInstanceOf(UnreadableMail.class, parser.classify(bytes(message)));
        assertEquals(UnreadableReason.MAIL_TO_BOUNCE_ADDRESS, mail.reason());
    }

    @Test
    void autoSubmittedNoIsAnOrdinaryReply() throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("Auto-Submitted", "no");

        parseReply(parser, message);
    }

    @Test
    void mailingListPrecedenceIsAnAutomaticAnswer() throws MessagingException {
        MimeMessage message = textReply("Nieuwsbrief");
        message.setHeader("Precedence", "bulk");

        AutoReply auto = assertInstanceOf(AutoReply.class, parser.classify(bytes(message)));
        assertEquals(AutoReplySignal.PRECEDENCE, auto.signal());
        assertEquals("Precedence: bulk", auto.detail());
    }

    @Test
    void controlAndBidirectionalOverrideCharactersAreRemoved() throws MessagingException {
        ParsedReply reply = parseReply(parser, textReply("Kenteken \u202EXD-12\u202C gezien\u0007\u0000."));

        assertEquals("Kenteken XD-12 gezien.", reply.text());
    }

    @Test
    void unknownCharsetFallsBackInsteadOfLosingTheText() {
        byte[] raw = ("To: " + TestMails.REPLY_TO_US + "\nContent-Type: text/plain; charset=x-made-up\n\n"
                        + "Café bij de brug")
                .getBytes(StandardCharsets.UTF_8);
        ParsedReply reply = assertInstanceOf(ParsedReply.class, parser.classify(raw));

        assertEquals("Café bij de brug", reply.text());
    }

    @Test
    void unlabelledLatin1TextIsReadAsWindows1252() {
        byte[] raw = ("To: " + TestMails.REPLY_TO_US + "\n\nCaf\u00e9 \u20ac5")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ParsedReply reply = assertInstanceOf(ParsedReply.class, parser.classify(raw));

        assertEquals("Café €5", reply.text());
    }

    @Test
    void allSenderHeadersAreReportedForTheOwnershipCheck() throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("From", "=?UTF-8?Q?Jos=C3=A9_Pi=C3=B1a?= <Jose@Example.nl>");
        message.setHeader("Reply-To", "jose.work@example.nl");
        message.setHeader("Sender", "list-owner@example.nl");

        ParsedReply reply = parseReply(parser, message);
        assertEquals("Jose@Example.nl", reply.sender().address());
        assertEquals("José Piña", reply.sender().displayName());
        assertTrue(reply.sender().isFrom("jose@example.nl"));
        assertTrue(reply.sender().isFrom("jose.work@example.nl"));
        assertTrue(reply.sender().isFrom("list-owner@example.nl"));
    }

    @Test
    void malformedFromStillYieldsTheAddressThatIsPlainlyThere() throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("From", "Jan \"de <Vries jan@example.nl");

        assertEquals("jan@example.nl", parseReply(parser, message).sender().address());
    }

    @Test
    void replyWithOnlyAPhotoHasEmptyTextAndKeepsThePhoto() throws MessagingException {
        ParsedReply reply = parseReply(parser, withParts(attachment("a.jpg", "image/jpeg", JPEG)));

        assertEquals("", reply.text());
        assertEquals(1, reply.images().size());
    }

    @Test
    void emptyInputIsUnreadableNotAnException() {
        assertEquals(
                UnreadableReason.NO_REPLY_KEY,
                assertInstanceOf(UnreadableMail.class, parser.classify(new byte[0]))
                        .reason());
    }

    @Test
    void successOnlyDeliveryReportIsAnAutomaticAnswerNotABounce() {
        String raw = "From: MAILER-DAEMON@mx.example\nTo: bounce+" + TestMails.KEY.value() + "@"
                + ReplyCorpus.REPLY_DOMAIN + "\nSubject: Delivery Status Notification (Success)\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/plain\n\nDelivered.\n--b\nContent-Type: message/delivery-status\n\n"
                + "Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; jan@example.nl\nAction: delivered\n"
                + "Status: 2.0.0\n--b--\n";
        AutoReply auto = assertInstanceOf(AutoReply.class, parser.classify(raw.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(AutoReplySignal.DELIVERY_REPORT_WITHOUT_FAILURE, auto.signal());
    }

    @Test
    void failureReportWithoutAnyKeyGoesToQuarantineNamingTheRecipient() {
        String raw = "From: MAILER-DAEMON@mx.example\nTo: postmaster@" + ReplyCorpus.REPLY_DOMAIN
                + "\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n"
                + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
                + "Final-Recipient: rfc822; jan@example.nl\nAction: failed\nStatus: 5.1.1\n--b--\n";
        UnreadableMail mail =
                assertInstanceOf(UnreadableMail.class, parser.classify(raw.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(UnreadableReason.FAILURE_REPORT_WITHOUT_KEY, mail.reason());
        assertTrue(mail.detail().contains("jan@example.nl"));
    }

    @Test
    void aBounceLikeSubjectAndAHouseNumberDoNotMakeAResidentsTipABounce() throws MessagingException {
        MimeMessage message = textReply("Man gezien bij Kerkstraat 512 - rode jas");
        message.setSubject("Re: Nep-bezorger: pakket niet bezorgd (Undelivered Mail Returned to Sender)");

        assertEquals(
                "Man gezien bij Kerkstraat 512 - rode jas",
                parseReply(parser, message).text());
    }

    @Test
    void anOutOfOfficePhraseInTheAlertsOwnTitleDoesNotMakeTheAnswerAutomatic() throws MessagingException {
        MimeMessage message = textReply("Die auto staat er nog steeds.");
        message.setSubject("Antw: Auto-reply scam: automatisch bericht van de bank is nep");

        assertEquals(
                "Die auto staat er nog steeds.", parseReply(parser, message).text());
    }

    @Test
    void anAutomaticAnswerToTheBounceAddressIsNoBounceEvenWithANumberLikeAStatus() throws MessagingException {
        MimeMessage message = textReply("Ik ben afwezig. Bel 030 550 - 1234 voor dringende zaken.");
        message.setHeader("To", "bounce+" + TestMails.KEY.value() + "@" + ReplyCorpus.REPLY_DOMAIN);
        message.setHeader("Return-Path", "<>");
        message.setHeader("Auto-Submitted", "auto-replied");

        AutoReply auto = assertInstanceOf(AutoReply.class, parser.classify(bytes(message)));
        assertEquals(AutoReplySignal.AUTO_SUBMITTED, auto.signal());
        assertEquals(
                "Ik ben afwezig. Bel 030 550 - 1234 voor dringende zaken.",
                auto.asTip().orElseThrow().text(),
                "its text is kept for the operator");
    }

    @Test
    void aFreeTextReportFromTheMailSystemIsABounceAndKeepsItsText() throws MessagingException {
        MimeMessage message = textReply("Delivery to <oud@home.nl> failed: 550 5.1.1 user unknown");
        message.setHeader("From", "Mail Delivery System <MAILER-DAEMON@mx.example>");
        message.setHeader("Return-Path", "<>");
        message.setHeader("To", "bounce+" + TestMails.KEY.value() + "@" + ReplyCorpus.REPLY_DOMAIN);

        var bounce =
                assertInstanceOf(nl.burgernet.domain.model.reply.BounceInfo.class, parser.classify(bytes(message)));
        assertEquals("5.1.1", bounce.status());
        assertTrue(bounce.asTip().orElseThrow().text().contains("user unknown"));
    }

    @Test
    void aMailWithAnEmptyReturnPathAndNoFailureInItIsAnAutomaticAnswer() throws MessagingException {
        MimeMessage message = textReply("Bedankt voor uw bericht.");
        message.setHeader("Return-Path", "<>");

        AutoReply auto = assertInstanceOf(AutoReply.class, parser.classify(bytes(message)));
        assertEquals(AutoReplySignal.ROBOT_SENDER, auto.signal());
    }

    @Test
    void aReadableTextWithOneBrokenAttachmentIsATipThatFlagsTheBrokenPart() {
        String raw = "From: jan@example.nl\nTo: " + TestMails.REPLY_TO_US + "\nSubject: Re: x\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/plain; charset=utf-8\n\nDe scooter stond bij de bakker.\n--b\n"
                + "Content-Type: image/jpeg; name=\"scooter.jpg\"\nContent-Disposition: attachment; filename=\"scooter.jpg\"\n"
                + "Content-Transfer-Encoding: base64\n\n/9j/4AAQ=!!*garbage\n--b--\n";
        InboundMail mail = parser.classify(raw.getBytes(StandardCharsets.US_ASCII));

        ParsedReply reply = assertInstanceOf(ParsedReply.class, mail, mail::toString);
        assertEquals("De scooter stond bij de bakker.", reply.text());
        assertTrue(reply.images().isEmpty());
        assertEquals(1, reply.otherAttachments().size());
        assertEquals("scooter.jpg", reply.otherAttachments().getFirst().fileName());
        assertEquals(Reason.BROKEN, reply.otherAttachments().getFirst().reason());
    }

    @Test
    void aMultipartWhoseOnlyTextIsBrokenStillGoesToTheQuarantine() {
        String raw = "From: jan@example.nl\nTo: " + TestMails.REPLY_TO_US + "\nSubject: Re: x\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSWsgemFnIGhlbQ=!!*\n"
                + "--b--\n";
        InboundMail mail = parser.classify(raw.getBytes(StandardCharsets.US_ASCII));

        assertEquals(
                UnreadableReason.BROKEN_MIME,
                assertInstanceOf(UnreadableMail.class, mail, mail::toString).reason());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "jan@example.nl <evil@attacker.example>",
                "\"jan@example.nl\" <evil@attacker.example>",
                "\"jan@example.nl <evil@attacker.example>",
                "=?UTF-8?Q?jan=40example.nl?= <evil@attacker.example>",
                "=?UTF-8?B?amFuQGV4YW1wbGUubmwgPGphbkBleGFtcGxlLm5sPg==?= <evil@attacker.example>",
                "=?UTF-8?Q?=3Cjan=40example.nl=3E?= <evil@attacker.example>",
                "=?UTF-8?Q?jan@example.nl?= <evil@attacker.example>",
                "=?UTF-8?Q?Jan_<jan@example.nl>?= <evil@attacker.example>",
                "Jan (jan@example.nl <evil@attacker.example>",
                "jan@example.nl: <evil@attacker.example>"
            })
    void anAddressInTheDisplayNameIsNotTakenForTheSender(String from) throws MessagingException {
        MimeMessage message = textReply("Gezien");
        message.setHeader("From", from);

        ParsedReply reply = parseReply(parser, message);
        assertEquals("evil@attacker.example", reply.sender().address(), from);
        assertFalse(reply.sender().isFrom("jan@example.nl"), "the participant's address in a name proves nothing");
    }
}
