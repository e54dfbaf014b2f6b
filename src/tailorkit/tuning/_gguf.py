"""Writing a PEFT LoRA as a llama.cpp GGUF adapter (written with the ``gguf`` package).

llama.cpp names an adapter tensor after the base tensor it changes (``blk.3.attn_q.weight.lora_a``),
stores ``lora_a`` as (rank, n_in) and ``lora_b`` as (n_out, rank), and reads ``adapter.lora.alpha``. Its
llama GGUF files keep the query and key projections with their rows permuted for its rotary layout
(transformers undoes that when it reads the GGUF), so ``lora_b`` of q/k gets the same permutation.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

from tailorkit.errors import MissingExtraError, TailorkitError

__all__ = ["write_gguf_adapter"]

_TARGETS = {
    "q_proj": "attn_q",
    "k_proj": "attn_k",
    "v_proj": "attn_v",
    "o_proj": "attn_output",
    "gate_proj": "ffn_gate",
    "up_proj": "ffn_up",
    "down_proj": "ffn_down",
}
_NAME = re.compile(r"layers\.(\d+)\.(?:self_attn|mlp)\.(\w+)\.lora_([AB])(?:\.default)?\.weight$")


def _permute(w: np.ndarray, heads: int) -> np.ndarray:
    """llama.cpp's row order for q/k projections (its converter's ``permute``)."""
    return w.reshape(heads, 2, w.shape[0] // heads // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def write_gguf_adapter(
    path: Path, adapter: dict[str, Any], *, alpha: float, heads: int, kv_heads: int, arch: str = "llama"
) -> Path:
    """Write LoRA weights (PEFT state-dict names -> tensors) to ``path`` as a GGUF adapter."""
    try:
        import gguf
    except ImportError:
        raise MissingExtraError("gguf", "tune", "Exporting adapters for llama.cpp") from None
    tensors: dict[str, np.ndarray] = {}
    for name, value in adapter.items():
        m = _NAME.search(name)
        if m is None or m.group(2) not in _TARGETS:
            raise TailorkitError(f"cannot place LoRA tensor {name!r} in a llama.cpp model")
        layer, module, which = int(m.group(1)), m.group(2), m.group(3)
        w = (
            value.detach().float().cpu().numpy()
            if hasattr(value, "detach")
            else np.asarray(value, np.float32)
        )
        if which == "B" and module in ("q_proj", "k_proj"):
            w = _permute(w, heads if module == "q_proj" else kv_heads)
        tensors[f"blk.{layer}.{_TARGETS[module]}.weight.lora_{which.lower()}"] = np.ascontiguousarray(
            w, np.float32
        )
    if not tensors:
        raise TailorkitError("the adapter has no LoRA weights to write")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = gguf.GGUFWriter(str(tmp), arch)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(alpha))
    for name in sorted(tensors):
        writer.add_tensor(name, tensors[name])
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(path)
    return path
