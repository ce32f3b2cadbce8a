/**
 * SMPP 3.4 through jSMPP: one transceiver bind per municipality that reconnects after a drop, the window and rate of
 * submit_sm, what the SMSC's answers mean, and the receipts and answers that come back on the bind.
 */
package nl.burgernet.channel.sms.smpp;
