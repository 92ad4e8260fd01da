import { parse as parseYaml } from 'yaml';

/**
 * Model cards: Hugging Face-style `README.md` (YAML front matter + Markdown sections) or a `model-card.json`.
 * Fields are found in the metadata (front matter / JSON keys, in snake, kebab or camel case) or as a Markdown
 * section with real content (not "[More Information Needed]", "TODO", "TBD").
 */
export interface ModelCard {
  path: string;
  name?: string;
  license?: string;
  datasets: string[];
  metrics: { type: string; value?: number | string; dataset?: string }[];
  frameworks: string[];
  baseModel?: string;
  task?: string;
  /** Text of each field found (metadata value or section body), by canonical field name. */
  fields: Record<string, string>;
}

export const CARD_FIELDS = ['intended-use', 'limitations', 'training-data', 'evaluation', 'license'] as const;

const KEYS: Record<string, string[]> = {
  'intended-use': ['intended_use', 'intended_uses', 'intendedUse', 'uses', 'direct_use'],
  limitations: ['limitations', 'bias_risks_limitations', 'risks'],
  'training-data': ['training_data', 'trainingData', 'datasets', 'dataset'],
  evaluation: [
    'model-index',
    'model_index',
    'evaluation',
    'eval_results',
    'evaluation_results',
    'metrics',
    'quantitativeAnalysis',
  ],
  license: ['license', 'licence', 'license_name', 'licenses'],
};

const HEADINGS: Record<string, RegExp> = {
  'intended-use': /intended use|^uses$|direct use|how to use/i,
  limitations: /limitation|bias|risks/i,
  'training-data': /training data|training dataset|^data$|training procedure/i,
  evaluation: /evaluation|results|benchmark|performance/i,
  license: /licen[cs]e/i,
};

const PLACEHOLDER = /^\s*(\[?more information needed\]?|todo|tbd|n\/?a|none|-|\.\.\.|)\s*$/i;

function lookup(meta: Record<string, unknown>, names: string[]): unknown {
  for (const n of names) {
    for (const k of [n, n.replace(/_/g, '-'), n.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())]) {
      if (meta[k] !== undefined && meta[k] !== null && meta[k] !== '') return meta[k];
    }
  }
  return undefined;
}

function asText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function sections(markdown: string): { title: string; body: string }[] {
  const lines = markdown.split('\n');
  const heads: { level: number; title: string; line: number }[] = [];
  let fenced = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(l);
    if (m) heads.push({ level: m[1]!.length, title: m[2]!, line: i });
  });
  return heads.map((h, i) => {
    const next = heads.slice(i + 1).find((n) => n.level <= h.level);
    const body = lines
      .slice(h.line + 1, next ? next.line : lines.length)
      .filter((l) => !/^\s*<!--.*-->\s*$/.test(l))
      .join('\n')
      .trim();
    return { title: h.title.trim(), body };
  });
}

function stringList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

function metricsOf(meta: Record<string, unknown>): ModelCard['metrics'] {
  const out: ModelCard['metrics'] = [];
  const index = meta['model-index'];
  if (Array.isArray(index)) {
    for (const model of index as { results?: unknown }[]) {
      for (const r of Array.isArray(model?.results) ? (model.results as Record<string, unknown>[]) : []) {
        const ds =
          (r.dataset as { name?: string; type?: string } | undefined)?.name ??
          (r.dataset as { type?: string } | undefined)?.type;
        for (const m of Array.isArray(r.metrics)
          ? (r.metrics as { type?: string; name?: string; value?: unknown }[])
          : []) {
          const value = typeof m.value === 'number' || typeof m.value === 'string' ? m.value : undefined;
          out.push({
            type: String(m.type ?? m.name ?? 'metric'),
            ...(value === undefined ? {} : { value }),
            ...(ds ? { dataset: ds } : {}),
          });
        }
      }
    }
  }
  const evaluation = lookup(meta, ['evaluation', 'eval_results', 'evaluation_results', 'metrics']);
  if (Array.isArray(evaluation)) {
    for (const m of evaluation as unknown[]) {
      if (m && typeof m === 'object') {
        const e = m as { type?: unknown; name?: unknown; metric?: unknown; value?: unknown; dataset?: unknown };
        const value = typeof e.value === 'number' || typeof e.value === 'string' ? e.value : undefined;
        out.push({
          type: String(e.type ?? e.name ?? e.metric ?? 'metric'),
          ...(value === undefined ? {} : { value }),
          ...(typeof e.dataset === 'string' ? { dataset: e.dataset } : {}),
        });
      } else if (typeof m === 'string') out.push({ type: m });
    }
  }
  return out;
}

/** Parses a model card file (`.json`, or Markdown with optional front matter). */
export function parseModelCard(path: string, text: string): ModelCard {
  let meta: Record<string, unknown> = {};
  let markdown = '';
  if (path.toLowerCase().endsWith('.json')) {
    const data = JSON.parse(text) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data))
      throw new Error('a model-card.json must be a JSON object');
    meta = data as Record<string, unknown>;
  } else {
    const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
    if (m) {
      const fm = parseYaml(m[1]!) as unknown;
      if (fm && typeof fm === 'object' && !Array.isArray(fm)) meta = fm as Record<string, unknown>;
      markdown = text.slice(m[0].length);
    } else {
      markdown = text;
    }
  }
  const secs = sections(markdown);
  const fields: Record<string, string> = {};
  for (const field of CARD_FIELDS) {
    const v = lookup(meta, KEYS[field]!);
    const text = v === undefined ? '' : asText(v);
    if (!PLACEHOLDER.test(text)) {
      fields[field] = text;
      continue;
    }
    const sec = secs.find((s) => HEADINGS[field]!.test(s.title) && !PLACEHOLDER.test(s.body));
    if (sec) fields[field] = sec.body;
  }
  const license = lookup(meta, KEYS.license!);
  const datasets = [...stringList(meta.datasets), ...stringList(lookup(meta, ['training_data', 'dataset']))];
  const name =
    lookup(meta, ['model_name', 'name', 'model-name']) ??
    (Array.isArray(meta['model-index']) ? (meta['model-index'] as { name?: unknown }[])[0]?.name : undefined);
  const baseModel = lookup(meta, ['base_model']);
  const task = lookup(meta, ['pipeline_tag', 'task']);
  return {
    path,
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof license === 'string'
      ? { license }
      : Array.isArray(license) && typeof license[0] === 'string'
        ? { license: license[0] }
        : {}),
    datasets: [...new Set(datasets)],
    metrics: metricsOf(meta),
    frameworks: stringList(lookup(meta, ['library_name', 'framework', 'frameworks'])),
    ...(typeof baseModel === 'string' ? { baseModel } : {}),
    ...(typeof task === 'string' ? { task } : {}),
    fields,
  };
}

/** Is this file name a model card candidate? */
export function isModelCardName(name: string): boolean {
  return /^(readme\.md|model[-_]?card\.(md|json)|modelcard\.(md|json))$/i.test(name);
}
