package nl.burgernet.channel.sms.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.burgernet.channel.api.ChannelEvents;
import nl.burgernet.channel.api.DeliveryReport;
import nl.burgernet.channel.api.InboundMessage;
import nl.burgernet.channel.sms.SmsSettings;
import nl.burgernet.channel.sms.text.SmsEncoding;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * One municipality's transceiver bind to its SMSC. Batches submit on it; receipts and residents' answers arrive on
 * it. Once {@linkplain #listen() listening} it binds at once and binds again after every drop, with a growing pause
 * (1 s doubling to a minute); otherwise it binds when a batch needs it. Submits are held to the SMSC's window and the
 * account's rate, whatever the number of batches.
 */
public final class SmscLink implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmscLink.class.getName());
    /** How long to wait for a submit_sm_resp: after that the bind is taken for broken. */
    private static final long TRANSACTION_TIMER_MILLIS = 5_000;

    private static final long BIND_TIMEOUT_MILLIS = 10_000;
    /** A refused login is not tried again by every submit; after this it is. */
    private static final Duration REMEMBER_REFUSAL = Duration.ofSeconds(30);

    private static final Duration LONGEST_RECONNECT_PAUSE = Duration.ofMinutes(1);
    /** Alerts are urgent: an SMSC that cannot reach a phone within four hours drops the message. */
    private static final String VALIDITY = "000000040000000R";
    /** ESME_RX_T_APPN: a passing failure of ours; the SMSC delivers the PDU again later. */
    private static final int TEMPORARY_APPLICATION_ERROR = 0x64;

    private final String channelId;
    private final String municipalityCode;
    private final SmsSettings settings;
    private final Connections connections;
    private final Supplier<ChannelEvents> events;
    private final ScheduledExecutorService timers;
    private final RateLimit rate;
    private final Semaphore window;
    private final ReceiptTracker receipts;
    private final InboundAssembler inbound = new InboundAssembler();
    private final Object bindLock = new Object();

    private final AtomicReference<SMPPSession> session = new AtomicReference<>();
    private volatile boolean listening;
    private volatile boolean closed;
    private volatile SmscUnavailable lastRefusal;
    private volatile long lastRefusalNanos;
    private int reconnectAttempts;
    private ScheduledFuture<?> reconnect;

    public SmscLink(
            String channelId,
            String municipalityCode,
            SmsSettings settings,
            Connections connections,
            Supplier<ChannelEvents> events,
            ScheduledExecutorService timers) {
        this.channelId = channelId;
        this.municipalityCode = municipalityCode;
        this.settings = settings;
        this.connections = connections;
        this.events = events;
        this.timers = timers;
        this.rate = new RateLimit(settings.messagesPerSecond());
        this.window = new Semaphore(settings.window(), true);
        this.receipts = new ReceiptTracker(channelId, municipalityCode, timers, this::reportReceipt);
    }

    public SmsSettings settings() {
        return settings;
    }

    public RateLimit rate() {
        return rate;
    }

    ReceiptTracker receipts() {
        return receipts;
    }

    /** Binds now and keeps the bind up, so receipts and answers arrive before and between batches. */
    public void listen() {
        listening = true;
        timers.execute(this::bindInBackground);
    }

    /** A bound session, binding first if there is none. */
    public SMPPSession boundSession() throws SmscUnavailable {
        SMPPSession current = session.get();
        if (current != null && current.getSessionState().isBound()) {
            return current;
        }
        synchronized (bindLock) {
            current = session.get();
            if (current != null && current.getSessionState().isBound()) {
                return current;
            }
            if (closed) {
                throw new SmscUnavailable(
                        "the SMS connection of " + municipalityCode + " was closed: its settings changed", false);
            }
            SmscUnavailable refusal = lastRefusal;
            if (refusal != null && System.nanoTime() - lastRefusalNanos < REMEMBER_REFUSAL.toNanos()) {
                throw refusal;
            }
            SMPPSession fresh = bind();
            session.set(fresh);
            return fresh;
        }
    }

    /**
     * Submits one part and returns the SMSC's message id. Blocks while the window is full.
     *
     * @param destination the number's digits, international, without '+'
     */
    public String submit(SMPPSession on, String destination, byte[] payload, boolean concatenated, SmsEncoding encoding)
            throws PDUException, ResponseTimeoutException, InvalidResponseException, NegativeResponseException,
                    IOException, InterruptedException {
        SmsSettings.Sender sender = settings.sender();
        window.acquire();
        try {
            return on.submitShortMessage(
                            "",
                            sender.alphanumeric() ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                            sender.alphanumeric() ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
                            sender.address(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            destination,
                            new ESMClass(
                                    MessageMode.DEFAULT,
                                    MessageType.DEFAULT,
                                    concatenated ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT),
                            (byte) 0,
                            (byte) 1,
                            null,
                            VALIDITY,
                            new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                            (byte) 0,
                            new RawDataCoding(encoding.dataCoding()),
                            (byte) 0,
                            payload)
                    .getMessageId();
        } finally {
            window.release();
        }
    }

    /** The SMSC accepted a part: its receipt will refer to the message as {@code providerId}. */
    public void partAccepted(String providerId, String partId, int parts) {
        receipts.partSent(providerId, partId, parts);
    }

    /** The session failed a submit (no answer, connection lost): it is closed and a fresh one bound. */
    public void broken(SMPPSession failed) {
        session.compareAndSet(failed, null);
        failed.close();
    }

    @Override
    public void close() {
        closed = true;
        listening = false;
        synchronized (bindLock) {
            if (reconnect != null) {
                reconnect.cancel(false);
            }
        }
        SMPPSession current = session.getAndSet(null);
        if (current != null) {
            timers.execute(current::unbindAndClose);
        }
    }

    private SMPPSession bind() throws SmscUnavailable {
        SMPPSession fresh = new SMPPSession(connections);
        fresh.setEnquireLinkTimer(settings.enquireLinkSeconds() * 1000);
        fresh.setTransactionTimer(TRANSACTION_TIMER_MILLIS);
        fresh.setQueueCapacity(Math.max(100, settings.window() * 4));
        fresh.setMessageReceiverListener(new Incoming());
        fresh.addSessionStateListener(this::stateChanged);
        try {
            fresh.connectAndBind(
                    settings.host(),
                    settings.port(),
                    new BindParameter(
                            BindType.BIND_TRX,
                            settings.systemId(),
                            settings.password(),
                            settings.systemType(),
                            TypeOfNumber.UNKNOWN,
                            NumberingPlanIndicator.UNKNOWN,
                            null),
                    BIND_TIMEOUT_MILLIS);
        } catch (IOException e) {
            fresh.close();
            throw unavailable(e);
        }
        lastRefusal = null;
        reconnectAttempts = 0;
        LOG.info(() -> "SMS: " + municipalityCode + " bound to " + settings.host() + ":" + settings.port() + " as "
                + settings.systemId());
        return fresh;
    }

    private SmscUnavailable unavailable(IOException e) {
        if (e.getCause() instanceof NegativeResponseException refusal) {
            int status = refusal.getCommandStatus();
            String why =
                    switch (status) {
                        case SMPPConstant.STAT_ESME_RINVPASWD -> "wrong password";
                        case SMPPConstant.STAT_ESME_RINVSYSID -> "unknown system id";
                        case SMPPConstant.STAT_ESME_RALYBND -> "already bound";
                        default -> "bind failed";
                    };
            SmscUnavailable refused = new SmscUnavailable(
                    "the SMSC refused the login for system id " + settings.systemId() + " at " + settings.host() + ":"
                            + settings.port() + " (" + why + ", " + SmppStatus.describe(status)
                            + "); check the SMS settings",
                    true);
            lastRefusal = refused;
            lastRefusalNanos = System.nanoTime();
            return refused;
        }
        String cause = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage()
                : e.getMessage();
        return new SmscUnavailable(
                "the SMSC at " + settings.host() + ":" + settings.port() + " cannot be reached: " + cause, false);
    }

    /**
     * Called by jSMPP while it holds its session's lock: takes no lock of ours (a bind in progress holds one and
     * waits for jSMPP's), and leaves the reconnecting to a timer thread.
     */
    private void stateChanged(SessionState newState, SessionState oldState, Session source) {
        if (newState != SessionState.CLOSED || !(source instanceof SMPPSession closedSession)) {
            return;
        }
        boolean wasCurrent = session.compareAndSet(closedSession, null);
        if (wasCurrent && listening && !closed) {
            LOG.warning(() -> "SMS: the connection of " + municipalityCode + " to " + settings.host() + ":"
                    + settings.port() + " was lost; binding again");
            timers.execute(this::scheduleReconnect);
        }
    }

    private void bindInBackground() {
        if (closed) {
            return;
        }
        try {
            boundSession();
        } catch (SmscUnavailable e) {
            LOG.log(Level.WARNING, "SMS: {0} not bound: {1}", new Object[] {municipalityCode, e.getMessage()});
            scheduleReconnect();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS: binding " + municipalityCode + " failed", e);
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        synchronized (bindLock) {
            if (closed || (reconnect != null && !reconnect.isDone())) {
                return;
            }
            long pause = Math.min(LONGEST_RECONNECT_PAUSE.toMillis(), 1_000L << Math.min(6, reconnectAttempts++));
            pause += ThreadLocalRandom.current().nextLong(pause / 4 + 1);
            reconnect = timers.schedule(this::bindInBackground, pause, TimeUnit.MILLISECONDS);
        }
    }

    private void reportReceipt(DeliveryReport report) {
        ChannelEvents listener = events.get();
        if (listener == null) {
            LOG.warning(() -> "SMS: a receipt for " + report.providerId() + " came before the channel was activated");
            return;
        }
        listener.delivered(report);
    }

    /** Receipts and answers on this bind. deliver_sm_resp goes out when these methods return. */
    private final class Incoming implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            ChannelEvents listener = events.get();
            if (listener == null) {
                throw new ProcessRequestException("not ready for receipts yet", TEMPORARY_APPLICATION_ERROR);
            }
            try {
                if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                    receipt(deliverSm);
                } else {
                    answer(deliverSm, listener);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "SMS: a deliver_sm for " + municipalityCode + " could not be handled", e);
                throw new ProcessRequestException("could not record it", TEMPORARY_APPLICATION_ERROR, e);
            }
        }

        private void receipt(DeliverSm deliverSm) {
            String id = null;
            DeliveryReport.State state = null;
            String detail = "";
            Instant at = Instant.now();
            if (deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)
                    instanceof OptionalParameter.OctetString receipted) {
                id = receipted.getValueAsString().replace("\0", "").strip();
            }
            if (deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE)
                    instanceof OptionalParameter.Byte messageState) {
                try {
                    MessageState named = MessageState.valueOf(messageState.getValue());
                    state = finalState(named.name());
                    detail = "message_state " + named;
                } catch (IllegalArgumentException e) {
                    detail = "message_state " + messageState.getValue(); // not SMPP 3.4's: the text may say more
                }
            }
            try {
                DeliveryReceipt text = deliverSm.getShortMessageAsDeliveryReceipt();
                if (id == null || id.isEmpty()) {
                    id = text.getId();
                }
                if (state == null && text.getFinalStatus() != null) {
                    state = finalState(text.getFinalStatus().name());
                }
                detail = "stat:" + text.getFinalStatus() + " err:" + text.getError();
                if (text.getDoneDate() != null) {
                    at = text.getDoneDate().toInstant();
                }
            } catch (InvalidDeliveryReceiptException | RuntimeException e) {
                // The TLVs are enough; the text is only a fallback.
            }
            if (id == null || id.isEmpty() || state == null) {
                return; // an intermediate notification (ENROUTE, ACCEPTED) or one we cannot read: nothing changes
            }
            receipts.receipt(new ReceiptTracker.Receipt(id, state, detail, at));
        }

        private void answer(DeliverSm deliverSm, ChannelEvents listener) {
            byte[] message = deliverSm.getShortMessage();
            if ((message == null || message.length == 0)
                    && deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)
                            instanceof OptionalParameter.OctetString payload) {
                message = payload.getValue();
            }
            message = message == null ? new byte[0] : message;
            int offset = 0;
            int reference = 0;
            int total = 1;
            int sequence = 1;
            if (GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass()) && message.length > 0) {
                offset = Math.min(message.length, 1 + (message[0] & 0xFF));
                for (int i = 1; i + 1 < offset; i += 2 + (message[i + 1] & 0xFF)) {
                    int iei = message[i] & 0xFF;
                    int length = message[i + 1] & 0xFF;
                    if (iei == 0x00 && length == 3 && i + 4 < offset) {
                        reference = message[i + 2] & 0xFF;
                        total = message[i + 3] & 0xFF;
                        sequence = message[i + 4] & 0xFF;
                    } else if (iei == 0x08 && length == 4 && i + 5 < offset) {
                        reference = ((message[i + 2] & 0xFF) << 8) | (message[i + 3] & 0xFF);
                        total = message[i + 4] & 0xFF;
                        sequence = message[i + 5] & 0xFF;
                    }
                }
            }
            String part = SmsEncoding.fromDataCoding(deliverSm.getDataCoding())
                    .decode(message, offset, message.length - offset);
            String from = e164(deliverSm.getSourceAddrTon(), deliverSm.getSourceAddr());
            String to = deliverSm.getDestAddress() == null ? "" : deliverSm.getDestAddress();
            int ref = reference;
            inbound.add(from, reference, total, sequence, part)
                    .ifPresent(text -> listener.received(new InboundMessage(
                            channelId,
                            municipalityCode,
                            from,
                            to,
                            text,
                            answerId(from, to, text, ref),
                            Instant.now())));
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {}

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm is not used", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    private static DeliveryReport.State finalState(String state) {
        return switch (state) {
            case "DELIVERED", "DELIVRD" -> DeliveryReport.State.DELIVERED;
            case "EXPIRED", "DELETED", "UNDELIVERABLE", "UNDELIV", "REJECTED", "REJECTD" ->
                DeliveryReport.State.UNDELIVERABLE;
            default -> null;
        };
    }

    /** A number as E.164; SMSCs send international numbers without '+', some send Dutch ones as 06… */
    static String e164(byte ton, String address) {
        String digits = address == null ? "" : address.strip();
        if (digits.startsWith("+")) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (ton == TypeOfNumber.NATIONAL.value() && digits.startsWith("0")) {
            return "+31" + digits.substring(1);
        }
        return digits.matches("[0-9]{8,15}") ? "+" + digits : digits;
    }

    /**
     * SMPP gives an answer no id of its own. The same sender, text and concatenation reference within ten minutes is
     * taken for the same answer delivered again (an SMSC repeats a deliver_sm whose response it missed).
     */
    static String answerId(String from, String to, String text, int reference) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((from + "\n" + to + "\n" + reference + "\n" + text).getBytes(StandardCharsets.UTF_8));
            long tenMinutes = Instant.now().getEpochSecond() / 600;
            return "sms-mo-" + HexFormat.of().formatHex(digest, 0, 10) + "-" + tenMinutes;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
