/**
 * The person's country and English, guessed from the browser until they choose: the time
 * zone says where they are (Europe/London is the UK, America/Chicago the US), the language
 * settles a zone shared by several countries. The guess fills only what the person has not
 * chosen; their own choice, once saved, always wins (storage/records.js profile()).
 */

/** Time zones of the countries the site has public holidays for (worksheets/days/holidays.py). */
const ZONES = [
  [/^Europe\/(London|Belfast|Guernsey|Jersey|Isle_of_Man)$/, "GB"],
  [/^Europe\/Dublin$/, "IE"],
  [/^Europe\/(Berlin|Busingen)$/, "DE"],
  [/^Europe\/Paris$/, "FR"],
  [/^Europe\/Amsterdam$/, "NL"],
  [/^Asia\/(Kolkata|Calcutta)$/, "IN"],
  [/^Australia\//, "AU"],
  [/^Pacific\/(Auckland|Chatham)$/, "NZ"],
  [/^America\/(Toronto|Vancouver|Montreal|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Whitehorse|Yellowknife|Iqaluit|Glace_Bay|Goose_Bay|Dawson_Creek|Creston|Fort_Nelson|Rankin_Inlet|Swift_Current|Cambridge_Bay|Inuvik)$/, "CA"],
  [/^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Metlakatla|Yakutat|Menominee|Indiana\/.*|Kentucky\/.*|North_Dakota\/.*)|Pacific\/Honolulu|US\/.*)$/, "US"],
];

/** Countries whose job seekers write American English; the others offered write British. */
const AMERICAN = new Set(["US"]);
const BRITISH = new Set(["GB", "IE", "AU", "NZ", "IN", "CA"]);

function timeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return "";
  }
}

function languages() {
  return (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""]).map(String);
}

/** @returns {string} a country code the site knows ("GB", "US"…), or "" when the browser does not say */
export function guessCountry() {
  const zone = timeZone();
  const found = ZONES.find(([pattern]) => pattern.test(zone));
  if (found) return found[1];
  const region = languages().map((tag) => (tag.split("-")[1] || "").toUpperCase()).find((code) => BRITISH.has(code) || AMERICAN.has(code));
  return region || "";
}

/**
 * @param {string} country the person's country, chosen or guessed
 * @returns {string} "us", "gb", or "" when neither the country nor the language says
 */
export function guessEnglish(country) {
  if (AMERICAN.has(country)) return "us";
  if (BRITISH.has(country)) return "gb";
  const tag = languages().find((lang) => /^en\b/i.test(lang)) || "";
  if (/^en-US$/i.test(tag)) return "us";
  return /^en-(GB|IE|AU|NZ|IN|CA)$/i.test(tag) ? "gb" : "";
}

/**
 * What the browser suggests for the parts of the profile the person has not chosen.
 * @param {object} saved the profile as saved
 * @returns {object} `country` and `english`, only where the person has no choice of their own
 */
export function guesses(saved) {
  const out = {};
  if (!("country" in saved)) {
    const country = guessCountry();
    if (country) out.country = country;
  }
  if (!saved.english) {
    const english = guessEnglish("country" in saved ? saved.country : out.country || "");
    if (english) out.english = english;
  }
  return out;
}
