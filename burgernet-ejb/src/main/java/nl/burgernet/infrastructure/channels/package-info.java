/**
 * The delivery channels found in the deployment: every CDI bean implementing the channel SPI, in whatever jar it
 * came. The core knows channels only by their id; adding a channel is adding a jar, and two jars claiming one id
 * stop the deployment.
 */
package nl.burgernet.infrastructure.channels;
