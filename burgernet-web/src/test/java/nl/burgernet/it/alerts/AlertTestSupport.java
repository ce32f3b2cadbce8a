package nl.burgernet.it.alerts;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.burgernet.domain.model.geo.Coordinates;
import nl.burgernet.it.support.IntegrationTestServices;

/** Alert JSON for the REST API, and the mails GreenMail received about an alert, for the alert and reply tests. */
public final class AlertTestSupport {

    private AlertTestSupport() {}

    public static String alertJson(String type, String title, Coordinates centre, int radius, String... channels) {
        return "{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"body\":\"Kijk goed om u heen.\","
                + "\"instructions\":\"Bel 112 als u iets ziet.\",\"area\":" + circle(centre, radius)
                + ",\"channels\":" + channelList(channels) + "}";
    }

    public static String previewJson(String type, Coordinates centre, int radius, String... channels) {
        return "{\"type\":\"" + type + "\",\"area\":" + circle(centre, radius) + ",\"channels\":"
                + channelList(channels) + "}";
    }

    private static String circle(Coordinates c, int radius) {
        return "{\"centre\":{\"latitude\":" + c.latitude() + ",\"longitude\":" + c.longitude() + "},\"radiusMetres\":"
                + radius + "}";
    }

    private static String channelList(String... channels) {
        return "["
                + String.join(
                        ",", Arrays.stream(channels).map(c -> "\"" + c + "\"").toList()) + "]";
    }

    /** Mails whose subject names the alert's title are found by the reference in their Message-ID. */
    public static Map<String, List<MimeMessage>> mailsAbout(String reference) {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        Predicate<MimeMessage> about = m -> {
            try {
                return m.getMessageID() != null && m.getMessageID().contains("." + reference + ".");
            } catch (Exception e) {
                return false;
            }
        };
        for (MimeMessage m :
                IntegrationTestServices.services().mailServer().greenMail().getReceivedMessages()) {
            if (about.test(m)) {
                try {
                    for (var to : m.getRecipients(Message.RecipientType.TO)) {
                        String address = ((jakarta.mail.internet.InternetAddress) to).getAddress();
                        byRecipient
                                .computeIfAbsent(address, k -> new java.util.ArrayList<>())
                                .add(m);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        byRecipient.values().forEach(l -> l.sort(java.util.Comparator.comparing(AlertTestSupport::sentDate)));
        return byRecipient;
    }

    private static Instant sentDate(MimeMessage m) {
        try {
            return m.getSentDate() == null ? Instant.EPOCH : m.getSentDate().toInstant();
        } catch (Exception e) {
            return Instant.EPOCH;
        }
    }
}
