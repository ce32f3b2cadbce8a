package nl.burgernet.smsc;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMSC on 127.0.0.1 that speaks SMPP 3.4 through jSMPP's server side. It takes binds of known accounts, answers
 * submit_sm with a message id, keeps what each number received (reassembled from its parts, decoded with its own
 * tables), sends a delivery receipt for every part after a delay, and hands residents' answers to a bound receiver
 * as mobile-originated deliver_sm. On command it throttles above an accept rate (ESME_RTHROTTLED), refuses numbers
 * (ESME_RINVDSTADR), reports numbers undeliverable, and drops every connection.
 *
 * <p>A part counts as accepted once its submit_sm_resp is written, as a real SMSC commits a message before it
 * answers: a part whose answer never left (the connection dropped first) is forgotten, so an ESME that sends it again
 * on its next bind does not make a double.
 */
public final class SmscSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SmscSimulator.class.getName());
    private static final String SYSTEM_ID = "BurgernetSMSC";
    private static final Duration RETRY_DELIVERY = Duration.ofMillis(300);
    private static final Duration GIVE_UP_DELIVERY = Duration.ofMinutes(10);
    private static final DateTimeFormatter RECEIPT_DATE =
            DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(ZoneOffset.UTC);

    private final int requestedSmppPort;
    private final int requestedHttpPort;
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final Set<String> invalidDestinations = ConcurrentHashMap.newKeySet();
    private final AcceptRate acceptRate = new AcceptRate();
    private volatile Duration receiptDelay = Duration.ofMillis(100);
    private final AtomicInteger forcedRejections = new AtomicInteger();
    private volatile int forcedRejectionStatus;

    private final Map<SMPPServerSession, String> boundSystemIds = new ConcurrentHashMap<>();
    private final Map<SMPPServerSession, BindType> bindTypes = new ConcurrentHashMap<>();
    private final Map<String, Part> answerNotYetWritten = new ConcurrentHashMap<>();
    /** Guards {@link #dropping} and the taking in of a submit_sm, so a drop falls between PDUs. */
    private final Object dropLock = new Object();

    private boolean dropping;
    private final Map<String, Assembly> assemblies = new ConcurrentHashMap<>();
    private final Map<String, List<ReceivedSms>> byNumber = new ConcurrentHashMap<>();
    private final Map<String, String> receiptStates = new ConcurrentHashMap<>();
    private final Map<String, Part> lastPartTo = new ConcurrentHashMap<>();
    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private final AtomicLong acceptedParts = new AtomicLong();
    private final AtomicLong throttledSubmits = new AtomicLong();
    private final AtomicLong receiptsSent = new AtomicLong();
    private final AtomicLong nextMessageId = new AtomicLong(System.currentTimeMillis() * 1000);

    private final LoopbackServerSockets sockets = new LoopbackServerSockets();
    private SMPPServerSessionListener listener;
    private ExecutorService binders;
    private ScheduledExecutorService deliveries;
    private HttpApi http;
    private volatile boolean running;

    /**
     * @param smppPort the SMPP port on 127.0.0.1; 0 for any free port
     * @param httpPort the JSON API's port on 127.0.0.1; 0 for any free port, -1 for none
     */
    public SmscSimulator(int smppPort, int httpPort) {
        this.requestedSmppPort = smppPort;
        this.requestedHttpPort = httpPort;
    }

    /** An SMSC on any free SMPP port, without the HTTP API. */
    public SmscSimulator() {
        this(0, -1);
    }

    /** Adds (or changes) an account that may bind. */
    public SmscSimulator account(String systemId, String password) {
        accounts.put(systemId, password);
        return this;
    }

    public synchronized SmscSimulator start() throws IOException {
        if (running) {
            return this;
        }
        // No accept timeout: close() ends the wait.
        listener = new SMPPServerSessionListener(requestedSmppPort, 0, 50, sockets);
        listener.setPduProcessorDegree(4);
        listener.setQueueCapacity(1_000);
        listener.setSessionStateListener(this::sessionChanged);
        listener.setMessageReceiverListener(new Receiver());
        listener.setResponseDeliveryListener(new AnswersWritten());
        binders = Executors.newCachedThreadPool(daemon("smsc-bind"));
        deliveries = Executors.newScheduledThreadPool(4, daemon("smsc-deliver"));
        running = true;
        Thread acceptor = daemon("smsc-accept").newThread(this::acceptConnections);
        acceptor.start();
        if (requestedHttpPort >= 0) {
            http = new HttpApi(this, requestedHttpPort).start();
        }
        LOG.info(() -> "SMSC simulator listening on 127.0.0.1:" + smppPort()
                + (http != null ? ", HTTP API on 127.0.0.1:" + http.port() : ""));
        return this;
    }

    public int smppPort() {
        return sockets.socket.getLocalPort();
    }

    /** The HTTP API's port; -1 without it. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        if (http != null) {
            http.stop();
        }
        dropConnections();
        try {
            listener.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the listener", e);
        }
        binders.shutdownNow();
        deliveries.shutdownNow();
    }

    // --- what tests and the demo tell the SMSC ---------------------------------------------------------------

    /** Speak TLS with this context's certificate instead of plain TCP; before {@link #start()}. */
    public SmscSimulator tls(javax.net.ssl.SSLContext context) {
        sockets.tls = context.getServerSocketFactory();
        return this;
    }

    /** Receipts go out this long after a part was accepted. */
    public SmscSimulator receiptDelay(Duration delay) {
        this.receiptDelay = Objects.requireNonNull(delay);
        return this;
    }

    /** Accept at most this many submit_sm a second, answer the rest ESME_RTHROTTLED; 0 for no limit. */
    public SmscSimulator acceptRate(int perSecond) {
        acceptRate.set(perSecond);
        return this;
    }

    /** Receipts for this number (E.164) say UNDELIVERABLE. */
    public SmscSimulator reportUndeliverable(String number) {
        undeliverable.add(number);
        return this;
    }

    /** submit_sm to this number (E.164) is answered ESME_RINVDSTADR. */
    public SmscSimulator rejectDestination(String number) {
        invalidDestinations.add(number);
        return this;
    }

    /** Answers the next {@code count} submit_sm with this command status (e.g. ESME_RMSGQFUL 0x14). */
    public SmscSimulator rejectNext(int count, int commandStatus) {
        forcedRejectionStatus = commandStatus;
        forcedRejections.set(count);
        return this;
    }

    /** Closes every SMPP connection at once, as a crashing SMSC or a broken network would; returns how many. */
    public int dropConnections() {
        List<SMPPServerSession> open = new ArrayList<>(boundSystemIds.keySet());
        // Between two PDUs, not inside one: a submit_sm already taken in is answered first, and one arriving now waits
        // and then finds its bind gone. A drop while an answer is on the wire is ambiguous on any SMSC (the ESME cannot
        // know whether it arrived), and would make the tests of losing and doubling nothing flaky.
        synchronized (dropLock) {
            dropping = true;
        }
        try {
            settle(part -> open.contains(part.session()));
            open.forEach(SMPPServerSession::close);
            boundSystemIds.keySet().removeAll(open);
        } finally {
            synchronized (dropLock) {
                dropping = false;
                dropLock.notifyAll();
            }
        }
        LOG.info(() -> "SMSC simulator dropped " + open.size() + " connection(s)");
        return open.size();
    }

    /**
     * A resident at {@code from} (E.164) answers: the text goes to a bound receiver of the account that last sent to
     * that number (any receiver otherwise), in parts when it is long, to the address that number last heard from.
     * Completes when every part was acknowledged; waits for a receiver to bind for up to ten minutes.
     */
    public CompletableFuture<Reply> reply(String from, String text) {
        CompletableFuture<Reply> done = new CompletableFuture<>();
        Part last = lastPartTo.get(from);
        String to = last == null ? "Burgernet" : last.source();
        List<byte[]> bodies = Alphabet.encodeInParts(text);
        byte dataCoding = Alphabet.isGsm(text) ? Alphabet.GSM : Alphabet.UCS2;
        int reference = ThreadLocalRandom.current().nextInt(256);
        Outgoing mo = new Outgoing(
                last == null ? null : last.systemId(), from, to, text, bodies, dataCoding, reference, Instant.now());
        deliveries.execute(() -> sendReply(mo, 0, done));
        return done;
    }

    // --- what tests and the demo read ---------------------------------------------------------------------------

    /** Every number that received something, in order. */
    public List<String> numbers() {
        return byNumber.keySet().stream().sorted().toList();
    }

    /** What a number (E.164) received, oldest first, with the receipts' outcome so far. */
    public List<ReceivedSms> messagesTo(String number) {
        settle(part -> part.number().equals(number));
        List<ReceivedSms> list = byNumber.getOrDefault(number, List.of());
        synchronized (list) {
            return list.stream().map(this::withReceiptState).toList();
        }
    }

    /** Every message received, per number. */
    public Map<String, List<ReceivedSms>> allMessages() {
        Map<String, List<ReceivedSms>> all = new TreeMap<>();
        numbers().forEach(n -> all.put(n, messagesTo(n)));
        return all;
    }

    /** How many complete messages arrived in all. */
    public int messageCount() {
        settle(part -> true);
        return byNumber.values().stream().mapToInt(List::size).sum();
    }

    /** How many submit_sm were accepted (parts, not messages). */
    public long acceptedParts() {
        return acceptedParts.get();
    }

    public long throttledSubmits() {
        return throttledSubmits.get();
    }

    public long receiptsSent() {
        return receiptsSent.get();
    }

    /** The answers handed to the ESME, oldest first. */
    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    /** How many sessions are bound now, per system id. */
    public int boundSessions(String systemId) {
        return (int) boundSystemIds.values().stream().filter(systemId::equals).count();
    }

    /**
     * Waits (up to five seconds) until the parts whose submit_sm_resp is being written are taken in: an ESME may read its
     * answer before the simulator has noted that it went out.
     */
    private void settle(java.util.function.Predicate<Part> which) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (answerNotYetWritten.values().stream().anyMatch(which) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Forgets every message, answer and counter (not the accounts or rules). */
    public void clear() {
        byNumber.clear();
        receiptStates.clear();
        replies.clear();
        assemblies.clear();
        lastPartTo.clear();
        acceptedParts.set(0);
        throttledSubmits.set(0);
        receiptsSent.set(0);
    }

    // --- SMPP -----------------------------------------------------------------------------------------------------

    private void acceptConnections() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                binders.execute(() -> bind(session));
            } catch (IOException e) {
                if (running) {
                    LOG.log(Level.WARNING, "accepting an SMPP connection failed", e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            String password = accounts.get(request.getSystemId());
            if (password == null) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
            } else if (!password.equals(request.getPassword())) {
                LOG.info(() -> "SMSC simulator refused a bind of " + request.getSystemId() + ": wrong password");
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            } else {
                boundSystemIds.put(session, request.getSystemId());
                bindTypes.put(session, request.getBindType());
                request.accept(SYSTEM_ID, InterfaceVersion.IF_34);
                return;
            }
            deliveries.schedule(session::close, 200, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | IOException | PDUStringException | IllegalStateException e) {
            LOG.log(Level.FINE, "bind failed", e);
            session.close();
        }
    }

    private void sessionChanged(SessionState newState, SessionState oldState, Session source) {
        if (!newState.isBound() && source instanceof SMPPServerSession session) {
            boundSystemIds.remove(session);
            bindTypes.remove(session);
            // Their answers will never be written now: the ESME sends them again on its next bind.
            answerNotYetWritten.values().removeIf(part -> part.session() == session);
        }
    }

    private SubmitSmResult onSubmit(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        String systemId = boundSystemIds.get(session);
        if (systemId == null) {
            throw new ProcessRequestException("not bound", SMPPConstant.STAT_ESME_RINVBNDSTS);
        }
        if (forcedRejections.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ProcessRequestException("rejected on command", forcedRejectionStatus);
        }
        if (!acceptRate.tryAccept()) {
            throttledSubmits.incrementAndGet();
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        String number = e164(submit.getDestAddrTon(), submit.getDestAddress());
        if (!number.matches("\\+[1-9][0-9]{6,14}") || invalidDestinations.contains(number)) {
            throw new ProcessRequestException("invalid destination", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        byte[] message = submit.getShortMessage();
        if ((message == null || message.length == 0)
                && submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD)
                        instanceof OptionalParameter.OctetString payload) {
            message = payload.getValue();
        }
        message = message == null ? new byte[0] : message;
        int reference = 0;
        int total = 1;
        int sequence = 1;
        int offset = 0;
        if (submit.isUdhi() && message.length > 0) {
            int headerLength = message[0] & 0xFF;
            offset = 1 + headerLength;
            for (int i = 1; i + 1 < offset && i + 1 < message.length; ) {
                int iei = message[i] & 0xFF;
                int length = message[i + 1] & 0xFF;
                if (iei == 0x00 && length == 3) {
                    reference = message[i + 2] & 0xFF;
                    total = message[i + 3] & 0xFF;
                    sequence = message[i + 4] & 0xFF;
                } else if (iei == 0x08 && length == 4) {
                    reference = ((message[i + 2] & 0xFF) << 8) | (message[i + 3] & 0xFF);
                    total = message[i + 4] & 0xFF;
                    sequence = message[i + 5] & 0xFF;
                }
                i += 2 + length;
            }
        }
        if (offset > message.length) {
            throw new ProcessRequestException("bad user data header", SMPPConstant.STAT_ESME_RINVMSGLEN);
        }
        String text = Alphabet.decode(submit.getDataCoding(), message, offset, message.length - offset);
        String messageId = Long.toHexString(nextMessageId.incrementAndGet());
        synchronized (dropLock) {
            while (dropping) {
                try {
                    dropLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ProcessRequestException("interrupted", SMPPConstant.STAT_ESME_RSYSERR);
                }
            }
            if (!boundSystemIds.containsKey(session)) {
                throw new ProcessRequestException("not bound", SMPPConstant.STAT_ESME_RINVBNDSTS);
            }
            answerNotYetWritten.put(
                    messageId,
                    new Part(
                            systemId,
                            session,
                            number,
                            submit.getSourceAddr(),
                            submit.getSourceAddrTon(),
                            submit.getDataCoding(),
                            text,
                            reference,
                            total,
                            sequence,
                            messageId,
                            (submit.getRegisteredDelivery() & 0x03) != 0,
                            Instant.now()));
        }
        try {
            return new SubmitSmResult(new MessageId(messageId), OptionalParameters.EMPTY_OPTIONAL_PARAMETERS);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("message id", SMPPConstant.STAT_ESME_RSYSERR, e);
        }
    }

    /** The part's submit_sm_resp is on its way: from now on the SMSC has it. */
    private void accepted(Part part) {
        acceptedParts.incrementAndGet();
        lastPartTo.put(part.number(), part);
        if (part.total() <= 1) {
            store(List.of(part));
        } else {
            String key = part.systemId() + "|" + part.number() + "|" + part.source() + "|" + part.reference() + "|"
                    + part.total();
            Assembly assembly = assemblies.computeIfAbsent(key, k -> new Assembly(part.total()));
            List<Part> complete = assembly.add(part);
            if (complete != null) {
                assemblies.remove(key);
                store(complete);
            }
        }
        if (part.receiptWanted()) {
            deliveries.schedule(() -> sendReceipt(part, Instant.now()), receiptDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void store(List<Part> parts) {
        Part first = parts.get(0);
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        ReceivedSms sms = new ReceivedSms(
                first.number(),
                first.source(),
                first.sourceTon(),
                Alphabet.name(first.dataCoding()),
                parts.size(),
                text.toString(),
                parts.stream().map(Part::messageId).toList(),
                first.systemId(),
                parts.get(parts.size() - 1).at(),
                "ENROUTE");
        List<ReceivedSms> list = byNumber.computeIfAbsent(first.number(), n -> new ArrayList<>());
        synchronized (list) {
            list.add(sms);
        }
    }

    private ReceivedSms withReceiptState(ReceivedSms sms) {
        List<String> states =
                sms.messageIds().stream().map(id -> receiptStates.get(id)).toList();
        if (states.contains(null)) {
            return sms;
        }
        return sms.withState(states.contains("UNDELIVERABLE") ? "UNDELIVERABLE" : "DELIVERED");
    }

    private void sendReceipt(Part part, Instant firstTry) {
        boolean delivered = !undeliverable.contains(part.number());
        Optional<SMPPServerSession> session = receiverFor(part.systemId(), part.session());
        if (session.isEmpty()) {
            retryLater(() -> sendReceipt(part, firstTry), firstTry);
            return;
        }
        String date = RECEIPT_DATE.format(Instant.now());
        String receipt = String.format(
                "id:%s sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:%s",
                part.messageId(),
                delivered ? "001" : "000",
                RECEIPT_DATE.format(part.at()),
                date,
                delivered ? "DELIVRD" : "UNDELIV",
                delivered ? "000" : "001",
                asciiStart(part.text()));
        try {
            session.get()
                    .deliverShortMessage(
                            "",
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            part.number().substring(1),
                            TypeOfNumber.valueOf(part.sourceTon()),
                            NumberingPlanIndicator.UNKNOWN,
                            part.source(),
                            new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                            (byte) 0,
                            (byte) 0,
                            new RegisteredDelivery(0),
                            DataCodings.ZERO,
                            receipt.getBytes(StandardCharsets.US_ASCII),
                            new OptionalParameter.Receipted_message_id(part.messageId()),
                            new OptionalParameter.Message_state(
                                    (delivered ? MessageState.DELIVERED : MessageState.UNDELIVERABLE).value()));
            receiptStates.put(part.messageId(), delivered ? "DELIVERED" : "UNDELIVERABLE");
            receiptsSent.incrementAndGet();
        } catch (Exception e) {
            LOG.log(Level.FINE, "receipt not delivered yet", e);
            retryLater(() -> sendReceipt(part, firstTry), firstTry);
        }
    }

    private void sendReply(Outgoing mo, int fromPart, CompletableFuture<Reply> done) {
        Optional<SMPPServerSession> session = receiverFor(mo.systemId(), null);
        if (session.isEmpty()) {
            if (!retryLater(() -> sendReply(mo, fromPart, done), mo.at())) {
                done.completeExceptionally(new IllegalStateException("no ESME bound to receive the answer"));
            }
            return;
        }
        int total = mo.bodies().size();
        for (int i = fromPart; i < total; i++) {
            byte[] body = mo.bodies().get(i);
            byte[] payload = body;
            ESMClass esmClass = new ESMClass();
            if (total > 1) {
                payload = new byte[6 + body.length];
                payload[0] = 5;
                payload[2] = 3;
                payload[3] = (byte) mo.reference();
                payload[4] = (byte) total;
                payload[5] = (byte) (i + 1);
                System.arraycopy(body, 0, payload, 6, body.length);
                esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
            }
            boolean alphanumeric = !mo.to().matches("\\+?[0-9]+");
            try {
                session.get()
                        .deliverShortMessage(
                                "",
                                TypeOfNumber.INTERNATIONAL,
                                NumberingPlanIndicator.ISDN,
                                mo.from().replace("+", ""),
                                alphanumeric ? TypeOfNumber.ALPHANUMERIC : TypeOfNumber.INTERNATIONAL,
                                alphanumeric ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN,
                                mo.to().replace("+", ""),
                                esmClass,
                                (byte) 0,
                                (byte) 0,
                                new RegisteredDelivery(0),
                                DataCodings.newInstance(mo.dataCoding()),
                                payload);
            } catch (Exception e) {
                LOG.log(Level.FINE, "answer not delivered yet", e);
                int next = i;
                if (!retryLater(() -> sendReply(mo, next, done), mo.at())) {
                    done.completeExceptionally(e);
                }
                return;
            }
        }
        Reply reply = new Reply(mo.from(), mo.to(), mo.text(), total, Instant.now(), true);
        replies.add(reply);
        done.complete(reply);
    }

    /** Tries again later, sooner at first and then less often (as real SMSCs do), for up to ten minutes. */
    private boolean retryLater(Runnable task, Instant firstTry) {
        if (!running || Instant.now().isAfter(firstTry.plus(GIVE_UP_DELIVERY))) {
            return false;
        }
        long waited = Duration.between(firstTry, Instant.now()).toMillis();
        long pause = Math.min(30_000, Math.max(RETRY_DELIVERY.toMillis(), waited / 2));
        deliveries.schedule(task, pause, TimeUnit.MILLISECONDS);
        return true;
    }

    /** The session a part came in on if it can still receive, else another receiver of the same account. */
    private Optional<SMPPServerSession> receiverFor(String systemId, SMPPServerSession preferred) {
        if (preferred != null && canReceive(preferred)) {
            return Optional.of(preferred);
        }
        return boundSystemIds.entrySet().stream()
                .filter(e -> systemId == null || e.getValue().equals(systemId))
                .map(Map.Entry::getKey)
                .filter(SmscSimulator::canReceive)
                .min(Comparator.comparing(Session::getSessionId));
    }

    private static boolean canReceive(SMPPServerSession session) {
        return session.getSessionState().isReceivable();
    }

    private static String e164(byte ton, String address) {
        String digits = address == null ? "" : address.strip();
        if (digits.startsWith("+")) {
            return digits;
        }
        return ton == TypeOfNumber.INTERNATIONAL.value() ? "+" + digits : digits;
    }

    private static String asciiStart(String text) {
        String start = text.length() > 20 ? text.substring(0, 20) : text;
        return start.replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One submitted part. */
    record Part(
            String systemId,
            SMPPServerSession session,
            String number,
            String source,
            byte sourceTon,
            byte dataCoding,
            String text,
            int reference,
            int total,
            int sequence,
            String messageId,
            boolean receiptWanted,
            Instant at) {}

    /** One answer on its way to the ESME. */
    private record Outgoing(
            String systemId,
            String from,
            String to,
            String text,
            List<byte[]> bodies,
            byte dataCoding,
            int reference,
            Instant at) {}

    /** The parts of one concatenated message seen so far. */
    private static final class Assembly {
        private final Part[] parts;

        Assembly(int total) {
            parts = new Part[total];
        }

        /** Adds a part; the complete message in order once the last one is in, else null. */
        synchronized List<Part> add(Part part) {
            if (part.sequence() >= 1 && part.sequence() <= parts.length) {
                parts[part.sequence() - 1] = part;
            }
            for (Part p : parts) {
                if (p == null) {
                    return null;
                }
            }
            return List.of(parts);
        }
    }

    /** A token bucket over the accepted submit_sm; a tenth of a second's worth may come at once. */
    private static final class AcceptRate {
        private int perSecond;
        private double tokens;
        private long last = System.nanoTime();

        synchronized void set(int perSecond) {
            this.perSecond = Math.max(0, perSecond);
            this.tokens = Math.max(1, perSecond / 10.0);
        }

        synchronized boolean tryAccept() {
            if (perSecond == 0) {
                return true;
            }
            long now = System.nanoTime();
            double burst = Math.max(1, perSecond / 10.0);
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            return onSubmit(submitSm, source);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("not supported by the simulator", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    private final class AnswersWritten implements ServerResponseDeliveryListener {
        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession source) {
            // Taken in before it leaves the list of unwritten answers: a reader waiting on that list then sees it.
            Part part = answerNotYetWritten.get(result.getMessageId());
            if (part != null) {
                accepted(part);
                answerNotYetWritten.remove(result.getMessageId());
            }
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession source) {
            answerNotYetWritten.remove(result.getMessageId());
        }

        @Override
        public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession source) {}

        @Override
        public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession source) {}
    }

    /**
     * Listens on 127.0.0.1 only: the simulator is for this machine. Nagle is off on every connection, as on real
     * SMSCs: a submit_sm_resp held back until the client's delayed acknowledgement would cap a window at 25 a second.
     */
    private static final class LoopbackServerSockets
            extends org.jsmpp.session.connection.socket.ServerSocketConnectionFactory {
        private volatile java.net.ServerSocket socket;
        private volatile javax.net.ServerSocketFactory tls;

        @Override
        public org.jsmpp.session.connection.ServerConnection listen(int port, int timeout, int backlog)
                throws IOException {
            java.net.ServerSocket server = tls != null
                    ? tls.createServerSocket(port, backlog, InetAddress.getLoopbackAddress())
                    : new java.net.ServerSocket(port, backlog, InetAddress.getLoopbackAddress());
            server.setSoTimeout(timeout);
            socket = server;
            return new org.jsmpp.session.connection.ServerConnection() {
                @Override
                public org.jsmpp.session.connection.Connection accept() throws IOException {
                    java.net.Socket accepted = server.accept();
                    accepted.setTcpNoDelay(true);
                    return new org.jsmpp.session.connection.socket.SocketConnection(accepted);
                }

                @Override
                public void setSoTimeout(int timeout) throws IOException {
                    server.setSoTimeout(timeout);
                }

                @Override
                public int getSoTimeout() throws IOException {
                    return server.getSoTimeout();
                }

                @Override
                public void close() throws IOException {
                    server.close();
                }
            };
        }
    }

    /** Runs the simulator on its own: {@code --smpp-port=2775 --http-port=2776 --account=id:password}. */
    public static void main(String[] args) throws Exception {
        int smppPort = 2775;
        int httpPort = 2776;
        List<String[]> accountsGiven = new ArrayList<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            switch (pair[0]) {
                case "--smpp-port" -> smppPort = Integer.parseInt(pair[1]);
                case "--http-port" -> httpPort = Integer.parseInt(pair[1]);
                case "--account" -> accountsGiven.add(pair[1].split(":", 2));
                default -> {
                    System.err.println("usage: SmscSimulator [--smpp-port=2775] [--http-port=2776]"
                            + " [--account=systemId:password ...]");
                    System.exit(2);
                }
            }
        }
        if (accountsGiven.isEmpty()) {
            accountsGiven.add(new String[] {"burgernet", "burgernet-demo"});
        }
        SmscSimulator simulator = new SmscSimulator(smppPort, httpPort);
        accountsGiven.forEach(a -> simulator.account(a[0], a[1]));
        simulator.start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "smsc-stop"));
        System.out.println("SMSC simulator: SMPP 127.0.0.1:" + simulator.smppPort() + ", HTTP http://127.0.0.1:"
                + simulator.httpPort() + "/numbers. Ctrl-C stops it.");
        Thread.currentThread().join();
    }
}
