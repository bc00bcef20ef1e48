package parley.publish.workflow;

import parley.publish.Layout;
import parley.publish.PublishResult;
import parley.publish.WhatChanged;

/**
 * A finished export.
 *
 * @param publish     the PDF written: file, pages, entries, size, time
 * @param layout      manual or pocket cards
 * @param versionName the version printed on the cover and in the footers
 * @param whatChanged the "what changed" section printed, or null when there was none
 */
public record ExportResult(PublishResult publish, Layout layout, String versionName, WhatChanged whatChanged) {
}
