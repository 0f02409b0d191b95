/**
 * Offer text as a file to save (a calendar, a backup, data that could not be read).
 */

/**
 * @param {string} filename suggested name, e.g. "follow-ups.ics"
 * @param {string} mime e.g. "text/calendar"
 * @param {string} content the file's text (saved as UTF-8)
 */
export function saveFile(filename, mime, content) {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
