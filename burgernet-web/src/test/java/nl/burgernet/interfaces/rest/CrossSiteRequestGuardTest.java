package nl.burgernet.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestGuardTest {

    @Test
    void whatAFormOnAnotherSiteCanSendIsSimple() {
        assertTrue(CrossSiteRequestGuard.isSimple(null));
        assertTrue(CrossSiteRequestGuard.isSimple(""));
        assertTrue(CrossSiteRequestGuard.isSimple("text/plain"));
        assertTrue(CrossSiteRequestGuard.isSimple("Text/Plain; charset=UTF-8"));
        assertTrue(CrossSiteRequestGuard.isSimple("application/x-www-form-urlencoded"));
        assertTrue(CrossSiteRequestGuard.isSimple("multipart/form-data; boundary=----x"));
    }

    @Test
    void whatNeedsAPreflightIsNot() {
        assertFalse(CrossSiteRequestGuard.isSimple("application/json"));
        assertFalse(CrossSiteRequestGuard.isSimple("text/csv; charset=UTF-8"));
        assertFalse(CrossSiteRequestGuard.isSimple("application/octet-stream"));
    }
}
