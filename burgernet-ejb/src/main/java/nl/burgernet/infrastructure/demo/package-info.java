/**
 * Demo data for {@code ./burgernet run}: Stichtse Vecht with its participants and a second municipality to show
 * isolation, plus the demo logins the launcher prints. Loaded only when {@code burgernet.demo=true}.
 */
package nl.burgernet.infrastructure.demo;
