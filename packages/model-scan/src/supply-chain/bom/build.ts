// Subpath imports: the package index also loads its schema resources through `__dirname`, which an
// ES-module bundle does not have (only Validation needs them; see validate.ts, used by the tests).
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { ML_GATES_VERSION, type Finding } from '@ml-gates/core';
import type { ModelCard } from '../model-card/card.js';

/** What the BOM says about one model file. */
export interface BomModel {
  /** Path relative to the workspace. */
  path: string;
  sha256: string;
  size: number;
  format?: string;
  framework?: string;
  card?: ModelCard;
  /** `verified` / `changed` / `unverified` against the manifest, and the signature state. */
  integrity?: string;
  signature?: string;
  /** Findings about this file from the scan (any check). */
  findings: Finding[];
}

const FORMATS: [RegExp, string, string | undefined][] = [
  [/\.safetensors$/i, 'safetensors', undefined],
  [/\.(pt|pth|ckpt)$/i, 'pytorch-pickle', 'pytorch'],
  [/(^|\/)pytorch_model[^/]*\.bin$/i, 'pytorch-pickle', 'pytorch'],
  [/\.onnx$/i, 'onnx', 'onnx'],
  [/\.keras$/i, 'keras-v3', 'keras'],
  [/\.(h5|hdf5)$/i, 'hdf5', 'keras'],
  [/\.(pkl|pickle)$/i, 'pickle', undefined],
  [/\.joblib$/i, 'joblib', 'scikit-learn'],
  [/\.gguf$/i, 'gguf', 'llama.cpp'],
  [/\.pb$/i, 'tensorflow-protobuf', 'tensorflow'],
  [/\.tflite$/i, 'tflite', 'tensorflow-lite'],
  [/\.mlmodel$/i, 'coreml', 'coreml'],
  [/\.(npy|npz)$/i, 'numpy', 'numpy'],
  [/\.msgpack$/i, 'flax-msgpack', 'flax'],
  [/\.pte$/i, 'executorch', 'pytorch'],
];

/** Model file format and framework from the file name. */
export function modelFormat(path: string): { format: string; framework?: string } | undefined {
  for (const [re, format, framework] of FORMATS)
    if (re.test(path)) return { format, ...(framework ? { framework } : {}) };
  return undefined;
}

function license(id: string): Models.License {
  const spdx = SPDX.fixupSpdxId(id);
  return spdx ? new Models.SpdxLicense(spdx) : new Models.NamedLicense(id);
}

/** Builds the CycloneDX 1.6 ML-BOM as JSON text. */
export function buildMlBom(models: BomModel[], opts: { name: string; timestamp?: Date }): string {
  const bom = new Models.Bom();
  bom.metadata.timestamp = opts.timestamp ?? new Date();
  bom.metadata.tools.tools.add(
    new Models.Tool({ vendor: 'ml-gates', name: 'ml-gates model-scan', version: ML_GATES_VERSION }),
  );
  bom.metadata.component = new Models.Component(Enums.ComponentType.Application, opts.name, { bomRef: 'project' });

  const datasets = new Map<string, Models.Component>();
  for (const m of models) {
    const c = new Models.Component(Enums.ComponentType.MachineLearningModel, m.card?.name ?? m.path, {
      bomRef: `model:${m.path}`,
    });
    c.hashes.set(Enums.HashAlgorithm['SHA-256'], m.sha256);
    if (m.card?.license) c.licenses.add(license(m.card.license));
    if (m.card?.fields['intended-use']) c.description = m.card.fields['intended-use'].slice(0, 500);
    const props: [string, string | undefined][] = [
      ['ml-gates:path', m.path],
      ['ml-gates:size', String(m.size)],
      ['ml-gates:format', m.format],
      ['ml-gates:framework', m.card?.frameworks[0] ?? m.framework],
      ['ml-gates:integrity', m.integrity],
      ['ml-gates:signature', m.signature],
      ['ml-gates:findings', String(m.findings.filter((f) => !f.waived && f.severity !== 'info').length)],
      ['ml-gates:base-model', m.card?.baseModel],
    ];
    for (const f of m.findings.filter((x) => x.severity !== 'info').slice(0, 50)) {
      props.push(['ml-gates:finding', `${f.severity} ${f.ruleId}: ${f.message}`.slice(0, 300)]);
    }
    for (const [k, v] of props) if (v !== undefined) c.properties.add(new Models.Property(k, v));
    if (m.card)
      c.externalReferences.add(new Models.ExternalReference(m.card.path, Enums.ExternalReferenceType.ModelCard));
    bom.components.add(c);
    bom.metadata.component.dependencies.add(c.bomRef);
    for (const d of m.card?.datasets ?? []) {
      if (!datasets.has(d)) {
        const dc = new Models.Component(Enums.ComponentType.Data, d, { bomRef: `dataset:${d}` });
        datasets.set(d, dc);
        bom.components.add(dc);
      }
      c.dependencies.add(datasets.get(d)!.bomRef);
    }
  }

  const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  const json = JSON.parse(serializer.serialize(bom, { sortLists: true })) as {
    components?: Record<string, unknown>[];
  };
  // The library has no model for `modelCard` and `data` (CycloneDX 1.6): add them to its output; the tests
  // validate the result against the CycloneDX 1.6 JSON schema.
  for (const comp of json.components ?? []) {
    const ref = String(comp['bom-ref'] ?? '');
    if (ref.startsWith('dataset:')) {
      comp.data = [{ type: 'dataset', name: ref.slice('dataset:'.length) }];
      continue;
    }
    const m = models.find((x) => `model:${x.path}` === ref);
    if (!m?.card) continue;
    const card = m.card;
    const modelCard: Record<string, unknown> = {};
    const params: Record<string, unknown> = {};
    if (card.task) params.task = card.task;
    if (card.baseModel) params.architectureFamily = card.baseModel;
    if (card.datasets.length > 0) params.datasets = card.datasets.map((d) => ({ ref: `dataset:${d}` }));
    if (Object.keys(params).length > 0) modelCard.modelParameters = params;
    if (card.metrics.length > 0) {
      modelCard.quantitativeAnalysis = {
        performanceMetrics: card.metrics.slice(0, 100).map((x) => ({
          type: x.type,
          ...(x.value === undefined ? {} : { value: String(x.value) }),
          ...(x.dataset ? { slice: x.dataset } : {}),
        })),
      };
    }
    const considerations: Record<string, unknown> = {};
    if (card.fields['intended-use']) considerations.useCases = [card.fields['intended-use'].slice(0, 2000)];
    if (card.fields.limitations) considerations.technicalLimitations = [card.fields.limitations.slice(0, 2000)];
    if (Object.keys(considerations).length > 0) modelCard.considerations = considerations;
    if (Object.keys(modelCard).length > 0) comp.modelCard = modelCard;
  }
  return `${JSON.stringify(json, null, 2)}\n`;
}
