/**
 * Residents' answers: recording what the reply mailbox brings (tips, auto-replies, bounces, and what cannot be read
 * or matched, in quarantine), and showing tips to the operator — pseudonymously, with contact details only on an
 * audited request.
 */
package nl.burgernet.application.reply;
