package nl.burgernet.smsc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

/**
 * The benchmarks' baseline: how fast an SMSC accepts submit_sm from a plain jSMPP client that does nothing else — one
 * transceiver bind, {@code window} submits outstanding, receipts requested so the SMSC does the same work as for the
 * portal. The SMS channel's figures are read against it, measured in the same run.
 */
public final class SmppLoad {

    private SmppLoad() {}

    /**
     * Submits one single-part message (GSM 7-bit {@code payload}) to each of {@code numbers} numbers and answers the
     * submit_sm accepted per second.
     *
     * @param number the E.164 number ({@code +316...}) of the i-th message
     */
    public static double acceptRate(
            int smppPort,
            String systemId,
            String password,
            int numbers,
            int window,
            byte[] payload,
            IntFunction<String> number)
            throws Exception {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(new IgnoreEverything());
        session.connectAndBind(
                "127.0.0.1",
                smppPort,
                new BindParameter(
                        BindType.BIND_TRX,
                        systemId,
                        password,
                        "",
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null));
        ExecutorService pool = Executors.newFixedThreadPool(window);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < window; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < numbers; i = next.getAndIncrement()) {
                        session.submitShortMessage(
                                "",
                                TypeOfNumber.ALPHANUMERIC,
                                NumberingPlanIndicator.UNKNOWN,
                                "Burgernet",
                                TypeOfNumber.INTERNATIONAL,
                                NumberingPlanIndicator.ISDN,
                                number.apply(i).substring(1),
                                new ESMClass(),
                                (byte) 0,
                                (byte) 1,
                                null,
                                null,
                                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                                (byte) 0,
                                new RawDataCoding((byte) 0),
                                (byte) 0,
                                payload);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return numbers / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
            session.unbindAndClose();
        }
    }

    /** The baseline reads nothing the SMSC sends back (receipts); it only measures acceptance. */
    private static final class IgnoreEverything implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {}

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {}

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
