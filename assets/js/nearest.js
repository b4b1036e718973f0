// Distances for "near me", shared by the browser script and the unit tests.

const EARTH_RADIUS_MILES = 3958.8;
const toRadians = (degrees) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles between two {lat, lon} points. */
export function milesBetween(a, b) {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `count` places closest to `origin`, nearest first, each with its `miles`. */
export function nearest(places, origin, count) {
  return places
    .map((place) => ({ ...place, miles: milesBetween(origin, place) }))
    .sort((a, b) => a.miles - b.miles)
    .slice(0, count);
}

/** The ZIP table's shard for a five-digit ZIP code: its first three digits. */
export function zipShard(zip) {
  return /^\d{5}$/.test(zip) ? zip.slice(0, 3) : undefined;
}
