package nl.burgernet.application.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.burgernet.channel.api.ConfigProperty;
import nl.burgernet.channel.api.ConfigProperty.Type;
import org.junit.jupiter.api.Test;

class SettingsMergeTest {

    private static final ConfigProperty HOST = property("smtp.host", Type.STRING, null, true, false);
    private static final ConfigProperty PORT = property("smtp.port", Type.INTEGER, "587", true, false);
    private static final ConfigProperty PASSWORD = property("smtp.password", Type.STRING, null, false, true);
    private static final ConfigProperty API_KEY = property("api.key", Type.STRING, null, true, true);
    private static final ConfigProperty NAME = property("from.name", Type.STRING, null, false, false);
    private static final List<ConfigProperty> SCHEMA = List.of(HOST, PORT, PASSWORD, NAME);

    private static final Map<String, String> STORED =
            Map.of("smtp.host", "mail.example.nl", "smtp.password", "s3cret!", "from.name", "Gemeente");

    @Test
    void anEmptySecretFieldKeepsTheStoredSecret() {
        var merged = SettingsMerge.merge(
                SCHEMA, STORED, Map.of("smtp.password", SubmittedValue.of(""), "smtp.host", SubmittedValue.of("x.nl")));

        assertEquals("s3cret!", merged.values().get("smtp.password"));
        assertEquals("x.nl", merged.values().get("smtp.host"));
        assertTrue(merged.problems().isEmpty(), merged.problems().toString());
    }

    @Test
    void aSecretThatIsNotSubmittedAtAllIsKeptToo() {
        var merged = SettingsMerge.merge(SCHEMA, STORED, Map.of());

        assertEquals(STORED, merged.values());
        assertTrue(merged.changes().isEmpty());
        assertEquals("no changes", merged.auditText());
    }

    @Test
    void aTypedSecretReplacesTheStoredOne() {
        var merged = SettingsMerge.merge(SCHEMA, STORED, Map.of("smtp.password", SubmittedValue.of("  n3w  ")));

        assertEquals("n3w", merged.values().get("smtp.password"));
    }

    @Test
    void clearRemovesTheSecretEvenWhenSomethingWasTyped() {
        var merged =
                SettingsMerge.merge(SCHEMA, STORED, Map.of("smtp.password", new SubmittedValue("typed anyway", true)));

        assertFalse(merged.values().containsKey("smtp.password"));
        assertEquals("smtp.password removed", merged.auditText());
    }

    @Test
    void clearingARequiredSecretWithoutDefaultIsAProblem() {
        var merged = SettingsMerge.merge(
                List.of(API_KEY), Map.of("api.key", "k"), Map.of("api.key", SubmittedValue.clearSecret()));

        assertEquals(List.of(new FieldProblem("api.key", FieldProblem.Kind.REQUIRED)), merged.problems());
    }

    @Test
    void anEmptiedOrdinaryFieldRemovesItsValue() {
        var merged = SettingsMerge.merge(SCHEMA, STORED, Map.of("from.name", SubmittedValue.of("   ")));

        assertFalse(merged.values().containsKey("from.name"));
        assertTrue(merged.problems().isEmpty());
    }

    @Test
    void aRequiredFieldWithoutValueOrDefaultIsAProblemButADefaultCountsAsAValue() {
        var merged = SettingsMerge.merge(
                SCHEMA, Map.of(), Map.of("smtp.host", SubmittedValue.of(""), "smtp.port", SubmittedValue.of("")));

        assertEquals(List.of(new FieldProblem("smtp.host", FieldProblem.Kind.REQUIRED)), merged.problems());
    }

    @Test
    void aValueOfTheWrongTypeIsReportedOnceOnItsFieldAndNotStored() {
        var merged = SettingsMerge.merge(SCHEMA, STORED, Map.of("smtp.port", SubmittedValue.of("five-eight-seven")));

        assertEquals(List.of(new FieldProblem("smtp.port", FieldProblem.Kind.NOT_A_WHOLE_NUMBER)), merged.problems());
        assertFalse(merged.values().containsKey("smtp.port"));
    }

    @Test
    void valuesAreStoredInCanonicalForm() {
        var merged = SettingsMerge.merge(SCHEMA, STORED, Map.of("smtp.port", SubmittedValue.of(" +0465 ")));

        assertEquals("465", merged.values().get("smtp.port"));
    }

    @Test
    void settingsTheChannelNoLongerDeclaresAreLeftAlone() {
        var merged = SettingsMerge.merge(
                SCHEMA,
                Map.of("smtp.host", "a.nl", "old.setting", "kept"),
                Map.of("smtp.host", SubmittedValue.of("b.nl")));

        assertEquals("kept", merged.values().get("old.setting"));
    }

    @Test
    void theAuditTextNamesChangedSecretsButNeverTheirValue() {
        var merged = SettingsMerge.merge(
                SCHEMA,
                STORED,
                Map.of(
                        "smtp.password", SubmittedValue.of("hunter2-new"),
                        "smtp.host", SubmittedValue.of("smtp.gemeente.nl"),
                        "smtp.port", SubmittedValue.of("587")));

        String audit = merged.auditText();
        assertTrue(audit.contains("smtp.password (secret) changed"), audit);
        assertTrue(audit.contains("smtp.host = smtp.gemeente.nl"), audit);
        assertTrue(audit.contains("smtp.port = 587"), audit);
        assertFalse(audit.contains("hunter2"), audit);
        assertFalse(audit.contains("s3cret"), audit);
        assertFalse(merged.changes().toString().contains("hunter2"), "changes keep no secret value either");
    }

    @Test
    void anUnchangedSecretIsNotMentioned() {
        var merged = SettingsMerge.merge(
                SCHEMA,
                STORED,
                Map.of("smtp.password", SubmittedValue.of(""), "from.name", SubmittedValue.of("Nieuw")));

        assertEquals("from.name = Nieuw", merged.auditText());
    }

    private static ConfigProperty property(String name, Type type, String def, boolean required, boolean secret) {
        return new ConfigProperty(name, name, type, def, required, secret, "", List.of());
    }
}
