/**
 * Reading residents' mail on the reply mailbox with Jakarta Mail: finding the reply key, telling replies from
 * auto-replies and bounces, cutting quotes and signatures, and keeping photos. Plain classes without container
 * services, called by the intake timer.
 */
package nl.burgernet.infrastructure.mail.reply;
