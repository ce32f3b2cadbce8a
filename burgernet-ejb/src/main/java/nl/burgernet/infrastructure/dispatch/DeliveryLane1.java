package nl.burgernet.infrastructure.dispatch;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import nl.burgernet.infrastructure.messaging.jms.Jms;

/** Lane 1 of the delivery queues; see {@link DispatchQueues}. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Jms.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = DispatchQueues.LANE_PREFIX + "1"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
        })
public class DeliveryLane1 extends DeliveryLane {}
