/** JSON with the non-finite numbers Python's `json` module reads and writes (`NaN`, `Infinity`). */

/** Serialises a value; non-finite numbers become the bare tokens `NaN`, `Infinity`, `-Infinity`. */
export function stringifyLoose(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return JSON.stringify(value);
  }
  if (value instanceof Float32Array || value instanceof Float64Array) return stringifyLoose(Array.from(value));
  if (Array.isArray(value)) return `[${value.map(stringifyLoose).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${JSON.stringify(k)}:${stringifyLoose(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Parses JSON, accepting bare `NaN`/`Infinity` tokens outside strings (they come back as strings). */
export function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        out += c;
        if (c === '\\') out += text[++i] ?? '';
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') {
        inString = true;
        out += c;
        continue;
      }
      const m = /^-?(?:NaN|Infinity)/.exec(text.slice(i, i + 9));
      if (m) {
        out += `"${m[0]}"`;
        i += m[0].length - 1;
        continue;
      }
      out += c;
    }
    if (out === text) throw error;
    return JSON.parse(out);
  }
}
