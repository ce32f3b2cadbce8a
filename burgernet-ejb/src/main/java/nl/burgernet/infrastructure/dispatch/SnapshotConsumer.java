package nl.burgernet.infrastructure.dispatch;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import nl.burgernet.application.dispatch.Snapshotter;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/**
 * Consumes "snapshot message N": writes the message's recipients into delivery records and queues their batches. If
 * the server dies half-way, the message comes again and the snapshot resumes where the records end.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Jms.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DispatchQueues.SNAPSHOT_QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
        })
public class SnapshotConsumer implements MessageListener {

    @Inject
    Snapshotter snapshotter;

    @Override
    public void onMessage(Message message) {
        snapshotter.snapshot(DispatchQueues.Ids.of(message).id());
    }
}
