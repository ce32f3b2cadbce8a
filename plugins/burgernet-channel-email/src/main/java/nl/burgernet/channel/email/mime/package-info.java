/**
 * Building the MIME messages: the body encoded once per batch with holes for each recipient's own parts, safe
 * header values (no header injection, RFC 2047 for non-ASCII), Message-IDs that carry the reply key, and the
 * message class that hands the ready bytes to Jakarta Mail.
 */
package nl.burgernet.channel.email.mime;
