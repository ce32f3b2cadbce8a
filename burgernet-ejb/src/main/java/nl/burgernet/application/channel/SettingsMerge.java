package nl.burgernet.application.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.burgernet.channel.api.ConfigProperty;

/**
 * Turns what the admin submitted into the values to store, given what is stored now. A secret is never sent to the
 * browser, so its field comes back empty: empty keeps the stored secret, an explicit "clear" removes it, anything
 * typed replaces it. Other settings are stored as typed, and an emptied field removes the value (the channel's default
 * then applies). Values of settings the channel no longer declares are left as they are.
 */
final class SettingsMerge {

    private SettingsMerge() {}

    /**
     * The outcome of a merge.
     *
     * @param values what to store (and to give the channel to validate) when there are no problems
     * @param problems settings that cannot be stored as typed
     * @param changes what differs from the stored values, for the audit trail
     */
    record Merged(Map<String, String> values, List<FieldProblem> problems, List<Change> changes) {

        /** The changes in words for the audit trail: secrets by name only, never their value. */
        String auditText() {
            if (changes.isEmpty()) {
                return "no changes";
            }
            return changes.stream().map(Change::auditText).collect(Collectors.joining("; "));
        }
    }

    /** One setting whose stored value changes; {@code newValue} is null when removed or secret. */
    record Change(String name, boolean secret, boolean removed, String newValue) {

        String auditText() {
            if (removed) {
                return name + " removed";
            }
            return secret ? name + " (secret) changed" : name + " = " + shortened(newValue);
        }

        private static String shortened(String value) {
            return value.length() <= 80 ? value : value.substring(0, 79) + "…";
        }
    }

    static Merged merge(
            List<ConfigProperty> schema, Map<String, String> stored, Map<String, SubmittedValue> submitted) {
        Map<String, String> values = new TreeMap<>(stored);
        List<FieldProblem> problems = new ArrayList<>();
        for (ConfigProperty property : schema) {
            String name = property.name();
            SubmittedValue sent = submitted.get(name);
            if (sent != null) {
                apply(property, sent, values, problems);
            }
            boolean hasDefault =
                    property.defaultValue() != null && !property.defaultValue().isBlank();
            if (property.required()
                    && !values.containsKey(name)
                    && !hasDefault
                    && problems.stream().noneMatch(p -> p.field().equals(name))) {
                problems.add(new FieldProblem(name, FieldProblem.Kind.REQUIRED));
            }
        }
        return new Merged(values, List.copyOf(problems), changes(schema, stored, values));
    }

    private static void apply(
            ConfigProperty property, SubmittedValue sent, Map<String, String> values, List<FieldProblem> problems) {
        String name = property.name();
        boolean empty = sent.value() == null || sent.value().isBlank();
        if (property.secret() && sent.clear()) {
            values.remove(name);
        } else if (empty) {
            if (!property.secret()) {
                values.remove(name);
            }
        } else {
            SettingTypes.Checked checked = SettingTypes.check(property, sent.value());
            if (checked.ok()) {
                values.put(name, checked.value());
            } else {
                problems.add(new FieldProblem(name, checked.problem()));
            }
        }
    }

    private static List<Change> changes(
            List<ConfigProperty> schema, Map<String, String> stored, Map<String, String> values) {
        List<Change> changes = new ArrayList<>();
        for (ConfigProperty property : schema) {
            String before = stored.get(property.name());
            String after = values.get(property.name());
            if (Objects.equals(before, after)) {
                continue;
            }
            changes.add(
                    new Change(property.name(), property.secret(), after == null, property.secret() ? null : after));
        }
        return changes;
    }
}
