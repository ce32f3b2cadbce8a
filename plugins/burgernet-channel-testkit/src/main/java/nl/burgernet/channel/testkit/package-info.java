/**
 * Test support for delivery channels: builders that make the SPI's records with sensible defaults, the contract
 * test every channel's tests extend, and {@link nl.burgernet.channel.testkit.RecordingChannel}, an in-memory channel
 * for the core's dispatch tests. Used with scope test only.
 */
package nl.burgernet.channel.testkit;
