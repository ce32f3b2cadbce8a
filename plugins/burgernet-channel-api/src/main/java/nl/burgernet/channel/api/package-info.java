/**
 * The delivery-channel SPI. A channel (e-mail, SMS, voice, push) is a CDI bean implementing {@link
 * nl.burgernet.channel.api.DeliveryChannel} in a jar of its own; the core finds every such bean at deploy time and
 * hands it batches of recipients. Only records and Jakarta types cross this boundary, never the core's entities.
 */
package nl.burgernet.channel.api;
