// "Near me" on /alliances/: a ZIP code (or, on request, the browser's location) lists the nearest
// alliances. Data is loaded from this site only when used; nothing leaves the browser. Its
// addresses come from the page (src/urls.ts), in the section's data attributes, and so do its words,
// in the page's language (data/i18n/<lang>.yaml).
import { nearest, zipShard } from "./nearest.js";

const RESULTS = 5;
const section = document.querySelector("[data-near-me]");
if (section) {
  const form = section.querySelector("[data-near-me-form]");
  const input = form.querySelector("input");
  const output = section.querySelector("[data-near-me-results]");
  const locate = section.querySelector("[data-near-me-locate]");
  let alliances;
  const words = JSON.parse(section.dataset.nearMeWords);
  const fill = (text, values) => text.replace(/\{([a-z]+)\}/g, (_, name) => values[name] ?? "");
  const numbers = new Intl.NumberFormat(document.documentElement.lang);

  const loadJson = async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };
  const loadAlliances = async () => (alliances ??= await loadJson(section.dataset.nearMeAlliances));

  const say = (text) => {
    output.replaceChildren();
    const p = document.createElement("p");
    p.textContent = text;
    output.append(p);
  };

  const show = async (origin, label) => {
    const list = await loadAlliances();
    if (!list.length) return say(words.empty);
    const ol = document.createElement("ol");
    ol.className = "near-me__list";
    for (const alliance of nearest(list, origin, RESULTS)) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      // The page in this page's language: the points' addresses are the default language's (under the site's path).
      a.href = `${section.dataset.nearMeHome}${alliance.url.slice(section.dataset.nearMeRoot.length)}`;
      a.textContent = alliance.name;
      const status = words.status[alliance.status] ?? alliance.status;
      li.append(a, ` · ${fill(words.miles, { miles: numbers.format(Math.round(alliance.miles)) })} · ${alliance.places[section.dataset.nearMeLang]} · ${status}`);
      ol.append(li);
    }
    const heading = document.createElement("p");
    heading.textContent = fill(words.heading, { place: label });
    output.replaceChildren(heading, ol);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const zip = input.value.trim();
    const shard = zipShard(zip);
    if (!shard) return say(words.invalid);
    try {
      const table = await loadJson(`${section.dataset.nearMeZip}${shard}.json`).catch(() => ({}));
      const point = table[zip];
      if (!point) return say(fill(words.unknown, { zip }));
      await show({ lat: point[0], lon: point[1] }, fill(words.zipLabel, { zip }));
    } catch {
      say(words.failed);
    }
  });

  if ("geolocation" in navigator) {
    locate.addEventListener("click", () => {
      say(words.finding);
      navigator.geolocation.getCurrentPosition(
        (position) => show({ lat: position.coords.latitude, lon: position.coords.longitude }, words.here),
        () => say(words.unavailable),
        { maximumAge: 600000, timeout: 15000 },
      );
    });
  } else {
    locate.hidden = true;
  }
  section.hidden = false;
}
