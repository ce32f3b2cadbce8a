/**
 * The public pages under {@code /resident/}: sign-up, confirmation, "send me my link", the settings page, GDPR
 * download and erasure, and the one-click unsubscribe endpoint. No login: every page after sign-up is opened with a
 * personal link token, which these classes pass on to {@link nl.burgernet.application.resident.ResidentService}
 * untouched.
 */
package nl.burgernet.interfaces.resident;
