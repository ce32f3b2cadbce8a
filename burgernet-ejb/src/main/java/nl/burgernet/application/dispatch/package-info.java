/**
 * From a launched alert to results per recipient: targeting (who is in the area, on which channels, respecting
 * quiet hours and weekly budgets), the snapshot of recipients into delivery records, the hand-over of batches to
 * channel plugins, retries with backoff, the dead letter, and the progress an operator watches.
 */
package nl.burgernet.application.dispatch;
