/**
 * The text of a message: GSM 03.38 and UCS-2 encoding, cutting into concatenated parts, and rendering an alert into
 * words that fit. Nothing here knows SMPP.
 */
package nl.burgernet.channel.sms.text;
