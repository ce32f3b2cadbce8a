/**
 * What operators (meldkamer staff) and control-room systems do with alerts: draft, approve, launch, update, end
 * with an outcome (afloop), cancel; and what they see: the live recipient count and the dispatch progress.
 */
package nl.burgernet.application.alert;
