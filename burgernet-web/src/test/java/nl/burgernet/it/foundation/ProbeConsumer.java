package nl.burgernet.it.foundation;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/**
 * An MDB deployed with the tests, activated exactly as the portal's own consumers are. A message whose text starts
 * with {@code fail-once} is rolled back on its first delivery, to prove the broker redelivers it.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Jms.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = ProbeConsumer.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
        })
public class ProbeConsumer implements MessageListener {

    public static final String QUEUE = "burgernet.it.probe";

    @Resource
    private MessageDrivenContext context;

    @Inject
    ProbeLog log;

    @Override
    public void onMessage(Message message) {
        try {
            String text = ((TextMessage) message).getText();
            int deliveryCount = message.getIntProperty("JMSXDeliveryCount");
            log.attempted(text, deliveryCount);
            if (text.startsWith("fail-once") && deliveryCount == 1) {
                context.setRollbackOnly();
                return;
            }
            log.consumed(text, deliveryCount);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
