/**
 * A function whose result is made once per key (by default its arguments, joined) and kept: for
 * Intl formatters, whose construction costs far more than their use, and for results a build asks
 * for thousands of times with the same arguments.
 */
export function memoized<A extends readonly unknown[], T>(make: (...args: A) => T, keyOf: (...args: A) => string = (...args) => args.join(" ")): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
