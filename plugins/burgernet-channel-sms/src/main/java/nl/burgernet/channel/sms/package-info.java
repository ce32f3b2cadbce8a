/**
 * The SMS channel: alerts as text messages over SMPP 3.4 to the municipality's SMSC, with delivery receipts and
 * residents' answers reported back to the core through {@link nl.burgernet.channel.api.ChannelEvents}.
 */
package nl.burgernet.channel.sms;
