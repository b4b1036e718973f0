// "Near me" on /alliances/: a ZIP code (or, on request, the browser's location) lists the nearest
// alliances. Data is loaded from this site only when used; nothing leaves the browser. Its
// addresses come from the page (src/urls.ts), in the section's data attributes.
import { nearest, zipShard } from "./nearest.js";

const RESULTS = 5;
const section = document.querySelector("[data-near-me]");
if (section) {
  const form = section.querySelector("[data-near-me-form]");
  const input = form.querySelector("input");
  const output = section.querySelector("[data-near-me-results]");
  const locate = section.querySelector("[data-near-me-locate]");
  let alliances;

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
    if (!list.length) return say("No alliance is listed yet.");
    const ol = document.createElement("ol");
    ol.className = "near-me__list";
    for (const alliance of nearest(list, origin, RESULTS)) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = alliance.url;
      a.textContent = alliance.name;
      li.append(a, ` · ${Math.round(alliance.miles).toLocaleString("en-US")} miles · ${alliance.place} · ${alliance.status}`);
      ol.append(li);
    }
    const heading = document.createElement("p");
    heading.textContent = `Nearest to ${label}:`;
    output.replaceChildren(heading, ol);
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const zip = input.value.trim();
    const shard = zipShard(zip);
    if (!shard) return say("Please enter a five-digit ZIP code.");
    try {
      const table = await loadJson(`${section.dataset.nearMeZip}${shard}.json`).catch(() => ({}));
      const point = table[zip];
      if (!point) return say(`We do not know the ZIP code ${zip}. Please check it, or try a neighbouring one.`);
      await show({ lat: point[0], lon: point[1] }, `ZIP code ${zip}`);
    } catch {
      say("Sorry, the list of alliances could not be loaded.");
    }
  });

  if ("geolocation" in navigator) {
    locate.addEventListener("click", () => {
      say("Finding your location…");
      navigator.geolocation.getCurrentPosition(
        (position) => show({ lat: position.coords.latitude, lon: position.coords.longitude }, "your location"),
        () => say("Your location is not available. Please enter a ZIP code instead."),
        { maximumAge: 600000, timeout: 15000 },
      );
    });
  } else {
    locate.hidden = true;
  }
  section.hidden = false;
}
