/**
 * API keys for control-room systems: the municipality admin creates, lists and revokes them
 * ({@link nl.burgernet.application.apikey.ApiKeyService}); every API request's key is checked by
 * {@link nl.burgernet.application.apikey.ApiKeyVerifier}, which finds out which municipality it works for.
 */
package nl.burgernet.application.apikey;
