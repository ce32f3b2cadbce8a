/**
 * The e-mail delivery channel, Burgernetmail: {@link nl.burgernet.channel.email.EmailChannel} is the CDI bean the
 * core finds; here too are its settings (schema, defaults, checks in the admin's words).
 */
package nl.burgernet.channel.email;
