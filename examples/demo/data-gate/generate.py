#!/usr/bin/python3
"""Writes the demo pair: reference.csv (last month's training data) and current.csv, where one column,
session_minutes, drifted (a logging change doubled it). Everything else comes from the same distribution."""
import os
import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))


def frame(seed, n, minutes_scale):
    rs = np.random.RandomState(seed)
    return pd.DataFrame({
        "user_id": np.arange(seed * 10000, seed * 10000 + n),
        "age": np.clip(np.round(rs.normal(38, 11, n)), 18, 90).astype(int),
        "session_minutes": np.round(rs.gamma(2.0, 6.0 * minutes_scale, n), 1),
        "plan": rs.choice(["free", "basic", "pro"], n, p=[0.6, 0.3, 0.1]),
        "country": rs.choice(["FR", "DE", "ES", "IT"], n, p=[0.4, 0.3, 0.2, 0.1]),
        "churned": rs.choice([0, 1], n, p=[0.85, 0.15]),
    })


frame(1, 1500, 1.0).to_csv(os.path.join(HERE, "reference.csv"), index=False)
frame(2, 1500, 2.0).to_csv(os.path.join(HERE, "current.csv"), index=False)
