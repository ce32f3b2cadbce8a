/**
 * Talking SMTP fast and safely: sockets without Nagle's delay, a pool of reused connections per municipality,
 * parallel senders that share a batch, and the reading of SMTP failures into retry or permanent failure.
 */
package nl.burgernet.channel.email.smtp;
