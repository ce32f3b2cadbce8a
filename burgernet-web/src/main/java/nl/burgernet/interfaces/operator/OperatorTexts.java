package nl.burgernet.interfaces.operator;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.dispatch.RecipientCount;
import nl.burgernet.channel.api.ChannelDescriptor;
import nl.burgernet.domain.model.alert.InvalidAlertException;

/**
 * The control room's texts in the operator's language: the live recipient count, channel names, and the reasons an
 * alert is refused. Built on the page's bundle, or on any bundle in a unit test.
 */
final class OperatorTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Function<String, Optional<ChannelDescriptor>> descriptors;

    /** @param descriptors the deployed channel by id, for its name in the operator's language */
    OperatorTexts(ResourceBundle bundle, Locale locale, Function<String, Optional<ChannelDescriptor>> descriptors) {
        this.bundle = bundle;
        this.locale = locale;
        this.descriptors = descriptors;
    }

    static OperatorTexts of(FacesContext faces) {
        AvailableChannels channels =
                CDI.current().select(AvailableChannels.class).get();
        return new OperatorTexts(
                faces.getApplication().getResourceBundle(faces, "msg"),
                faces.getViewRoot().getLocale(),
                channels::find);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A channel's name as its plugin gives it in the operator's language; a channel no longer deployed keeps its id. */
    String channel(String id) {
        return descriptors.apply(id).map(d -> d.label(locale)).orElse(id);
    }

    /**
     * "12 participants: e-mail 12, SMS 6 (1 in quiet hours, 2 over their weekly limit)": the chosen channels in the
     * order given, each with its count (0 when it reaches nobody); the left-out part only when someone is left out.
     */
    String count(RecipientCount count, Collection<String> channels) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        List<String> perChannel = new ArrayList<>();
        for (String id : channels) {
            perChannel.add(channel(id) + " " + numbers.format(count.perChannel().getOrDefault(id, 0)));
        }
        StringBuilder text = new StringBuilder(format("alertForm.count.participants", count.participants()));
        if (!perChannel.isEmpty()) {
            text.append(": ").append(String.join(", ", perChannel));
        }
        List<String> leftOut = new ArrayList<>();
        if (count.inQuietHours() > 0) {
            leftOut.add(format("alertForm.count.quietHours", count.inQuietHours()));
        }
        if (count.overWeeklyBudget() > 0) {
            leftOut.add(format("alertForm.count.overBudget", count.overWeeklyBudget()));
        }
        if (!leftOut.isEmpty()) {
            text.append(" (").append(String.join(", ", leftOut)).append(')');
        }
        return text.toString();
    }

    /** Why a field was refused, in the operator's language; the domain's English reason where we have no text. */
    String error(InvalidAlertException e) {
        return optional("alert.error." + e.field(), e.getMessage());
    }

    private String optional(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
