/**
 * API keys: how a control-room system (meldkamer) proves which municipality it works for when it calls the REST API.
 * A key is a secret shown once; the portal keeps only its hash and a short prefix to tell keys apart.
 */
package nl.burgernet.domain.model.apikey;
