#!/usr/bin/python3
"""Categories as pandas counts them (issue #22, "7 vs 007"): writes categories/*.csv|jsonl and expected.json.

In a column pandas reads as int64 or float64 the spellings of one number are one value (7, 007, +7, 7.0); in a
column it reads as object (text) every text is its own ('7' and '007' differ). data-gate keys its category
counts (categorical drift, label balance, distinctness) the same way. Run with Debian's python3-pandas:
    /usr/bin/python3 test/data-gate/parity/generate-categories.py
"""
import io
import json
import os

import pandas as pd

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "categories")

FILES = {
    "int-spellings.csv": "c\n7\n007\n+7\n7\n8\n08\n",
    "float-spellings.csv": "c\n7\n007\n7.0\n7.5\n0007.5\n",
    "object-spellings.csv": "c\n7\n007\nabc\n007\n",
    "int64-ids.csv": "c\n9007199254740993\n09007199254740993\n9007199254740992\n",
    "with-nulls.csv": "c\n7\n007\n\n8\n",
    "padded-labels.csv": "c\n0\n00\n1\n01\n001\n",
    "mixed.jsonl": '{"c": 7}\n{"c": "007"}\n{"c": 8}\n',
    "object-jsonl.jsonl": '{"c": "7"}\n{"c": "007"}\n{"c": "x"}\n',
}


def key(v, dtype):
    """The category key as data-gate writes it: numbers by value (JavaScript's String(number)), text as is."""
    if dtype.kind in "iu":
        return str(int(v))
    if dtype.kind == "f":
        return str(int(v)) if float(v).is_integer() else repr(float(v))
    return str(v)


def main():
    os.makedirs(HERE, exist_ok=True)
    cases = []
    for name, text in FILES.items():
        with open(os.path.join(HERE, name), "w", newline="") as f:
            f.write(text)
        if name.endswith(".jsonl"):
            frame = pd.read_json(io.StringIO(text), lines=True)
        else:
            frame = pd.read_csv(io.StringIO(text))
        col = frame["c"]
        counts = {key(k, col.dtype): int(n) for k, n in col.value_counts(dropna=True).items()}
        cases.append({"file": name, "dtype": str(col.dtype), "counts": counts})
    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump({"pandas": pd.__version__, "cases": cases}, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
