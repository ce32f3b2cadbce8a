/**
 * Turning an alert message into mail text: Mustache templates per municipality look and language, rendered once per
 * batch into HTML and plain text in which the per-recipient parts are left as {@link
 * nl.burgernet.channel.email.render.Slot slots}.
 */
package nl.burgernet.channel.email.render;
