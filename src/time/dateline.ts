// The dateline that opens wire copy ("JUBA, Nov 11 (Reuters) - ", "WASHINGTON (AP) — ", "BEIJING, Dec. 4 (Xinhua) --"):
// its date is when the report was filed, never the date of an event the story tells.

const DATELINE = new RegExp(
  '^\\s*' +
    // the place, in capitals: "JUBA", "NEW DELHI", "SAN JOSE", "ST. PETERSBURG"
    "[A-Z][A-Z.'\u2019 /-]{1,40}" +
    // a country or state after it: ", Costa Rica"
    "(?:,\\s*[A-Z][A-Za-z.'\u2019 ]{1,30})?" +
    // the filing date: ", Nov 11", ", Dec. 4", ", 4 December"
    '(?:,\\s*(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]{2,8}))?' +
    // the agency: "(Reuters)"
    '\\s*(?:\\([^)\\n]{1,40}\\))?' +
    '\\s*(?:--?|\u2013|\u2014)\\s',
);

/** Where the opening dateline of a text ends (0 when it has none). */
export function datelineEnd(text: string): number {
  const m = DATELINE.exec(text.slice(0, 200));
  return m ? m[0].length : 0;
}
