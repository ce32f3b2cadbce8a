/**
 * JMS through the Artemis resource adapter: the names every producer and MDB share. Messages carry ids, never
 * entities or bodies; the database stays the truth and a redelivered message is harmless.
 */
package nl.burgernet.infrastructure.messaging.jms;
