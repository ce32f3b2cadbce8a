package nl.burgernet.interfaces.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.alert.InvalidAlertException;
import org.junit.jupiter.api.Test;

class OperatorTextsTest {

    private static OperatorTexts texts(Locale locale) {
        Map<String, ChannelDescriptor> deployed = Map.of(
                "email",
                ChannelDescriptor.builder("email")
                        .label("en", "E-mail")
                        .label("nl", "E-mail")
                        .build(),
                "sms",
                ChannelDescriptor.builder("sms")
                        .label("en", "SMS")
                        .label("nl", "Sms")
                        .build(),
                "push",
                ChannelDescriptor.builder("push").label("en", "App").build());
        return new OperatorTexts(
                ResourceBundle.getBundle("nl.burgernet.web.messages", locale),
                locale,
                id -> Optional.ofNullable(deployed.get(id)));
    }

    @Test
    void theLiveCountNamesEveryChosenChannelAndWhoIsLeftOut() {
        RecipientCount count = new RecipientCount(1234, Map.of("email", 1200, "sms", 300), 5, 2);

        assertEquals(
                "1,234 participants: E-mail 1,200, SMS 300, App 0 (5 in quiet hours, 2 over their weekly limit)",
                texts(Locale.ENGLISH).count(count, List.of("email", "sms", "push")));
        assertEquals(
                "1.234 deelnemers: E-mail 1.200, Sms 300 (5 in hun stille uren, 2 boven hun weeklimiet)",
                texts(Locale.of("nl")).count(count, List.of("email", "sms")));
    }

    @Test
    void nobodyLeftOutMeansNoParenthesesAndOneIsSingular() {
        assertEquals(
                "1 participant: E-mail 1",
                texts(Locale.ENGLISH).count(new RecipientCount(1, Map.of("email", 1), 0, 0), List.of("email")));
        assertEquals(
                "No participants: E-mail 0",
                texts(Locale.ENGLISH).count(new RecipientCount(0, Map.of(), 0, 0), List.of("email")));
    }

    @Test
    void aChannelThatIsNoLongerDeployedKeepsItsId() {
        assertEquals("pigeon", texts(Locale.ENGLISH).channel("pigeon"));
    }

    @Test
    void refusedFieldsAreExplainedInTheOperatorsLanguageOrInTheDomainsWords() {
        assertEquals(
                "Vertel de deelnemers hoe het afliep.",
                texts(Locale.of("nl")).error(new InvalidAlertException("outcome", "Tell the residents how it ended")));
        assertEquals(
                "Something else",
                texts(Locale.ENGLISH).error(new InvalidAlertException("somethingElse", "Something else")));
    }
}
