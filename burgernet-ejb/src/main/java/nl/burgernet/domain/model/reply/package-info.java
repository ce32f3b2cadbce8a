/**
 * Residents' answers to a Burgernetmail as the portal understands them: the reply key that ties a mail to one
 * delivery, and the value types an inbound mail is classified into (reply, auto-reply, bounce, unreadable).
 */
package nl.burgernet.domain.model.reply;
