/**
 * MicroProfile Health checks: {@code /health/ready} reports the database, the JMS broker and the mail server, each
 * UP or DOWN with the reason, so an operator (or a load balancer) sees at once which part is missing.
 */
package nl.burgernet.infrastructure.health;
