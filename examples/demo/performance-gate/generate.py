#!/usr/bin/python3
"""Demo predictions for the performance gate: a loan-approval model and its candidate replacement.

    /usr/bin/python3 examples/demo/performance-gate/generate.py

The baseline model is good and fair. The candidate was retrained on a feature that proxies the applicant
group: its ROC AUC drops and it approves group "B" far less often, so the gate fails it on the baseline
comparison and on fairness. Both files cover the same application ids, so the gate uses paired statistics.
"""
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(42)
n = 1200
group = rng.choice(["A", "B"], size=n, p=[0.6, 0.4])
region = rng.choice(["north", "south", "east", "west"], size=n, p=[0.3, 0.3, 0.25, 0.15])
x = rng.normal(size=n)
y = (x + rng.normal(scale=0.9, size=n) > 0.1).astype(int)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


baseline = sigmoid(1.6 * x + rng.normal(scale=0.5, size=n) - 0.1)
candidate = sigmoid(1.0 * x + rng.normal(scale=0.9, size=n) - 0.1 - 1.2 * (group == "B"))
for name, p in (("baseline", baseline), ("candidate", candidate)):
    pd.DataFrame({
        "application_id": [f"app-{i:05d}" for i in range(n)],
        "approved": y,
        "score": np.round(p, 4),
        "applicant_group": group,
        "region": region,
    }).to_csv(os.path.join(HERE, f"{name}.csv"), index=False)
print("ok")
