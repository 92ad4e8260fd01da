"""Demo loader for the model-scan supply-chain checks: one unsafe load, one suppressed, one safe."""
import torch
import torch as T

# Unsafe: unpickles the checkpoint (runs code in it on PyTorch < 2.6 or with weights_only=False).
state = T.load("models/classifier/model.pt", map_location="cpu")  # reported: python.torch-load

# ml-gates: ignore[torch-load] produced by our training job; verified against the signed manifest first
trusted = torch.load("models/classifier/model.pt")

# Safe: only tensors and primitive types are unpickled.
weights = torch.load("models/classifier/model.pt", weights_only=True)
