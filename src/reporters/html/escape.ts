/**
 * HTML escaping for everything the report did not write itself (labels, messages, paths, code), in
 * element content and in double-quoted attribute values alike.
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
