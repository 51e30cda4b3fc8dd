/**
 * Finds a publication date printed in an article (a dateline or a closing timestamp such as
 * "22.01.2026 01:59"), for articles whose front matter gives none. Only the first and last few
 * lines are searched: dates inside the story are about events, not about the article.
 */
const EDGE_LINES = 4;
const DMY = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?!\d)/;

/** Returns an ISO date (or date-time) printed near the top or bottom of the text. */
export function findPrintedDate(body: string): string | undefined {
  const lines = body.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
  const edge = [...lines.slice(-EDGE_LINES).reverse(), ...lines.slice(0, EDGE_LINES)];
  for (const line of edge) {
    if (line.length > 60) continue; // a sentence of the story, not a dateline
    const iso = ISO.exec(line);
    if (iso) return compose(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5]);
    const dmy = DMY.exec(line);
    if (dmy) return compose(dmy[3]!, dmy[2]!, dmy[1]!, dmy[4], dmy[5]);
  }
  return undefined;
}

function compose(year: string, month: string, day: string, hour?: string, minute?: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  // Date.parse rolls 31.02 over to March; a real calendar day survives the round trip.
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return undefined;
  return hour && minute ? `${date}T${hour.padStart(2, "0")}:${minute}` : date;
}
