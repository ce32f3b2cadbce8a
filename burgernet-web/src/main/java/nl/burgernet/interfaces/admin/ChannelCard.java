package nl.burgernet.interfaces.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.burgernet.application.channel.ChannelOverview;
import nl.burgernet.application.channel.SubmittedValue;

/**
 * A channel on the channels page: what it is, whether the municipality uses it, its settings form, and what the last
 * save or switch said. Plain values only, so the view stays serializable.
 */
public class ChannelCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String name;
    private final String version;
    private final boolean acceptsReplies;
    private final int maxLength;
    private final boolean richContent;
    private final boolean installed;
    private final boolean broken;
    private final ArrayList<SettingInput> fields = new ArrayList<>();
    private final ArrayList<String> readiness;
    private boolean enabled;
    private ArrayList<String> saveProblems = new ArrayList<>();
    private String notice;

    ChannelCard(ChannelOverview overview) {
        this.id = overview.id();
        this.installed = overview.installed();
        this.name = overview.descriptor().map(d -> d.name()).orElse(overview.id());
        this.version = overview.descriptor().map(d -> d.version()).orElse("");
        this.acceptsReplies = overview.descriptor().map(d -> d.acceptsReplies()).orElse(false);
        this.maxLength = overview.descriptor().map(d -> d.maxLength()).orElse(0);
        this.richContent = overview.descriptor().map(d -> d.richContent()).orElse(false);
        this.broken = overview.broken();
        this.enabled = overview.enabled();
        overview.fields().forEach(f -> fields.add(new SettingInput(f)));
        this.readiness = new ArrayList<>(overview.problems());
    }

    /** Every field's value, keyed by setting name, as the service takes them. */
    Map<String, SubmittedValue> submitted() {
        Map<String, SubmittedValue> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.getName(), f.submitted()));
        return values;
    }

    /** Forgets what the previous save said, before the next one speaks. */
    void clearFeedback() {
        fields.forEach(f -> f.setError(null));
        saveProblems = new ArrayList<>();
        notice = null;
    }

    void fieldError(String field, String text) {
        fields.stream().filter(f -> f.getName().equals(field)).forEach(f -> f.setError(text));
    }

    void saveProblems(List<String> problems) {
        this.saveProblems = new ArrayList<>(problems);
    }

    void notice(String text) {
        this.notice = text;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getVersion() {
        return version;
    }

    public boolean isAcceptsReplies() {
        return acceptsReplies;
    }

    public int getMaxLength() {
        return maxLength;
    }

    public boolean isRichContent() {
        return richContent;
    }

    public boolean isInstalled() {
        return installed;
    }

    public boolean isBroken() {
        return broken;
    }

    public List<SettingInput> getFields() {
        return fields;
    }

    /** What the channel finds missing in the stored settings: it cannot send until they are fixed. */
    public List<String> getReadiness() {
        return readiness;
    }

    public List<String> getSaveProblems() {
        return saveProblems;
    }

    public boolean isHasFieldErrors() {
        return fields.stream().anyMatch(f -> f.getError() != null);
    }

    public String getNotice() {
        return notice;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
