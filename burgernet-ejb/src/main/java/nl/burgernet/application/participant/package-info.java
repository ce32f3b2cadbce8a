/**
 * Managing one municipality's participants: search, edit, import, export, and the resident's own actions through
 * their personal links. Every service here is {@code @Tenanted}: it only ever sees the current municipality.
 */
package nl.burgernet.application.participant;
