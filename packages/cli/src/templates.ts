/** Starter files written by `ml-gates init`. */

export const STARTER_CONFIG = `# yaml-language-server: $schema=https://raw.githubusercontent.com/ml-gates/ml-gates/v1/packages/core/schema/ml-gates.schema.json
# ml-gates configuration. Every gate reads its section; a gate without a section is not run by
# "ml-gates run" or the all-in-one action. Each check has a mode: block (fails the gate), warn (reported
# only) or off. "fail-on" is the lowest finding severity that fails a blocking check.
version: 1

defaults:
  fail-on: high

gates:
  # Static security scan of model files (pickle, PyTorch, joblib, Keras, ONNX, GGUF, safetensors...).
  model-scan:
    fail-on: medium
    # waivers:
    #   - check: pickle
    #     rule: pickle.unknown-callable
    #     path: models/legacy/*.pkl
    #     reason: Reviewed by the security team in SEC-123
    #     owner: "@ml-platform"
    #     expires: 2027-01-31

  # Dataset checks: schema, drift against a reference, outliers, PII and secrets.
  # data-gate: {}

  # Quality and fairness against thresholds and the default branch's baseline.
  # performance-gate: {}

  # Robustness under attack (ONNX model, HTTP endpoint or a command).
  # adversarial-gate: {}

  # Human approval for the exact commit being promoted.
  # approval-gate: {}
`;

export const STARTER_WORKFLOW = `name: ml-gates
on:
  pull_request:
  push:
    branches: [main]

# Least privilege: nothing at the top, each job asks only for what it uses.
permissions: {}

jobs:
  ml-gates:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write          # one check run per gate
      pull-requests: write   # the single ml-gates PR comment
      security-events: write # SARIF upload to code scanning
    steps:
      - uses: actions/checkout@v5
      - id: gates
        uses: ml-gates/ml-gates@v1
        with:
          config: ml-gates.yml
      # Upload findings to code scanning, also when the gate failed (but not when it wrote no SARIF).
      - if: always() && hashFiles('.ml-gates/ml-gates.sarif') != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: .ml-gates/ml-gates.sarif
          category: ml-gates
`;
