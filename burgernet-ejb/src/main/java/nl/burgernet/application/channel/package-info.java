/**
 * Which delivery channels a municipality uses and how each is configured: data its admin edits in a form drawn from
 * the channel plugin's own schema. Secrets among the settings are stored but never shown back, logged or audited.
 */
package nl.burgernet.application.channel;
