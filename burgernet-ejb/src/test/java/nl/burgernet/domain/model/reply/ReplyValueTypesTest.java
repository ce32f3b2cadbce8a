package nl.burgernet.domain.model.reply;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplyValueTypesTest {

    @Test
    void senderIsRecognisedByAnyClaimedAddressIgnoringCase() {
        ReplySender sender = new ReplySender("Jan.deVries@Gmail.com", "Jan", "jan@work.example", null);

        assertEquals(Set.of("jan.devries@gmail.com", "jan@work.example"), sender.addresses());
        assertTrue(sender.isFrom("jan.devries@gmail.com"));
        assertTrue(sender.isFrom(" JAN@work.example "));
        assertFalse(sender.isFrom("marieke@gmail.com"));
        assertFalse(sender.isFrom(null));
    }

    @Test
    void senderWithoutAddressesClaimsNone() {
        ReplySender sender = new ReplySender(null, null, null, null);
        assertTrue(sender.addresses().isEmpty());
        assertFalse(sender.isFrom(""));
    }

    @Test
    void bounceSeverityFollowsTheFirstDigitOfTheStatus() {
        assertEquals(BounceSeverity.HARD, BounceSeverity.ofStatus("5.1.1"));
        assertEquals(BounceSeverity.HARD, BounceSeverity.ofStatus("550"));
        assertEquals(BounceSeverity.SOFT, BounceSeverity.ofStatus("4.2.2"));
        assertEquals(BounceSeverity.UNKNOWN, BounceSeverity.ofStatus("2.0.0"));
        assertEquals(BounceSeverity.UNKNOWN, BounceSeverity.ofStatus(""));
        assertEquals(BounceSeverity.UNKNOWN, BounceSeverity.ofStatus(null));
    }

    @Test
    void imageContentCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        ImageAttachment image = new ImageAttachment("a.jpg", "image/jpeg", false, bytes);
        bytes[0] = 9;
        image.content()[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, image.content());
        assertEquals(3, image.size());
        assertEquals(new ImageAttachment("a.jpg", "image/jpeg", false, new byte[] {1, 2, 3}), image);
    }
}
