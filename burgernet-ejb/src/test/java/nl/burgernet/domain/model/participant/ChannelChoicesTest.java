package nl.burgernet.domain.model.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelChoicesTest {

    @Test
    void aParticipantWhoChoseNothingGetsEmailOnly() {
        assertEquals(Set.of(Channel.EMAIL), ChannelChoices.DEFAULT.enabled());
        assertFalse(ChannelChoices.DEFAULT.emailOptedOut());
        assertEquals("email", ChannelChoices.DEFAULT.ids());
    }

    @Test
    void leavingEmailOutOfAnExplicitChoiceOptsOutOfEmail() {
        ChannelChoices smsOnly = ChannelChoices.exactly(Set.of(Channel.SMS));
        assertTrue(smsOnly.emailOptedOut());
        assertTrue(smsOnly.isEnabled(Channel.SMS));
        assertFalse(smsOnly.isEnabled(Channel.EMAIL));
        assertFalse(smsOnly.isEnabled(Channel.VOICE));
    }

    @Test
    void allChannelsInStableOrder() {
        ChannelChoices all = ChannelChoices.exactly(EnumSet.allOf(Channel.class));
        assertEquals("email;sms;voice;push", all.ids());
        assertTrue(ChannelChoices.exactly(Set.of()).none());
    }

    @Test
    void idsAreStable() {
        assertEquals("email", Channel.EMAIL.id());
        assertEquals("sms", Channel.SMS.id());
        assertEquals("voice", Channel.VOICE.id());
        assertEquals("push", Channel.PUSH.id());
        assertEquals(Optional.of(Channel.VOICE), Channel.fromId("voice"));
        assertEquals(Optional.empty(), Channel.fromId("spraak"));
    }

    @ParameterizedTest
    @CsvSource({"email,EMAIL", "E-mail,EMAIL", " SMS ,SMS", "spraak,VOICE", "bellen,VOICE", "App,PUSH", "push,PUSH"})
    void wordsAdministratorsTypeAreRecognised(String word, Channel channel) {
        assertEquals(Optional.of(channel), Channel.fromText(word));
    }

    @Test
    void onlyPhoneChannelsNeedAMobileNumber() {
        assertTrue(Channel.SMS.needsMobileNumber());
        assertTrue(Channel.VOICE.needsMobileNumber());
        assertFalse(Channel.EMAIL.needsMobileNumber());
        assertFalse(Channel.PUSH.needsMobileNumber());
    }

    @ParameterizedTest
    @CsvSource({"nl,NL", "NL,NL", "Nederlands,NL", "dutch,NL", "en,EN", "English,EN", "engels,EN"})
    void languagesAreReadFromCodesAndNames(String typed, Language language) {
        assertEquals(Optional.of(language), Language.fromText(typed));
    }

    @Test
    void unknownLanguageIsNotGuessed() {
        assertEquals(Optional.empty(), Language.fromText("de"));
    }
}
