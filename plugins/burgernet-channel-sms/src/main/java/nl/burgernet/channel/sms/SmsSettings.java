package nl.burgernet.channel.sms;

/**
 * A municipality's SMS settings, read and checked, with the defaults applied. Two equal settings reach the same SMSC
 * the same way, which is what the connections are keyed on.
 *
 * @param host the SMSC
 * @param port its SMPP port
 * @param systemId the SMPP account
 * @param password the account's password; never logged
 * @param systemType the system_type some SMSCs ask for; empty for none
 * @param tls whether to connect over TLS
 * @param sender who messages come from: an alphanumeric name or a number
 * @param maxParts the most concatenated parts a message may take
 * @param window how many submit_sm may wait for their answer at once
 * @param messagesPerSecond the most submit_sm a second; 0 for no limit of our own
 * @param enquireLinkSeconds how often the connection is checked
 */
public record SmsSettings(
        String host,
        int port,
        String systemId,
        String password,
        String systemType,
        boolean tls,
        Sender sender,
        int maxParts,
        int window,
        int messagesPerSecond,
        int enquireLinkSeconds) {

    /**
     * The sender address as SMPP carries it.
     *
     * @param address what goes in source_addr: the name, or the number's digits without '+'
     * @param alphanumeric a name (TON 5) rather than an international number (TON 1)
     */
    public record Sender(String address, boolean alphanumeric) {

        /** "Burgernet", or "+3197010203040" / "3197010203040" as an international number. */
        public static Sender of(String value) {
            String stripped = value.strip();
            if (stripped.matches("\\+?[0-9]{3,15}")) {
                return new Sender(stripped.replace("+", ""), false);
            }
            return new Sender(stripped, true);
        }

        /** Whether SMPP can carry it: up to 11 GSM letters, digits or spaces, or a number of 3 to 15 digits. */
        public static boolean isValid(String value) {
            String stripped = value.strip();
            return stripped.matches("\\+?[0-9]{3,15}") || stripped.matches("[A-Za-z0-9 .&'-]{1,11}");
        }

        /** As residents' phones show it: a number with its '+'. */
        public String shown() {
            return alphanumeric ? address : "+" + address;
        }
    }

    /** Without the password: records print their fields, and settings end up in logs. */
    @Override
    public String toString() {
        return "SmsSettings[" + host + ":" + port + ", systemId=" + systemId + ", tls=" + tls + ", sender="
                + sender.shown() + ", maxParts=" + maxParts + ", window=" + window + ", rate=" + messagesPerSecond
                + "/s]";
    }
}
