"""A global LSTM forecaster: one network trained across many demand series.

How it works, in planner's terms:

- **Windows.** Training samples are cut from every series: ``input_size`` periods of
  history (the *context*) followed by the next ``horizon`` periods (the *target*). Each
  epoch draws a fixed number of random windows (``steps_per_epoch × batch_size``) from
  all series together, so training time does not grow with the number of series.
- **Per-series scaling.** Each window is divided by the mean absolute demand of its
  context (1.0 when the context is all zeros), so a 2-a-week item and a 200-a-day item
  look alike to the network; forecasts are multiplied back. The log of that scale is
  also fed in, so the network can still tell slow movers (lumpy, many zeros) from fast.
- **Short series.** A context shorter than ``input_size`` is left-padded with zeros and a
  mask channel (1 = observed, 0 = padding or missing) tells the network which is which.
  Missing values (NaN) are treated like padding; missing targets do not count in the loss.
- **Output.** A direct multi-horizon head: for every period 1..horizon the network
  outputs one value per training quantile (``quantiles``, default 0.05, 0.10, …, 0.95)
  plus a separate point forecast (the *mean* head). Quantiles are trained with the
  pinball loss averaged over the quantile grid, the mean head with squared error; both
  in scaled units. The mean is a separate head (not the median) because for
  intermittent demand the median is often 0 while the expected demand is not.
- **Prediction.** Uses the last ``input_size`` periods of each series. Quantiles are
  sorted (no crossing), clipped at 0 (demand is not negative) and linearly interpolated
  for levels between the trained ones; levels outside the trained grid raise an error
  rather than being silently clamped.
- **Hardware.** With the ``accelerate`` package installed, device placement goes through
  :class:`accelerate.Accelerator` (a GPU when there is one, else the CPU); without it,
  plain PyTorch picks ``cuda`` when available. An explicit ``device`` (e.g. ``"cpu"``)
  bypasses accelerate and uses plain PyTorch on that device. On the CPU one thread is
  used by default (``num_threads``): extra threads help little and spin-wait when the
  CPU is shared. Defaults (20 epochs × 50 steps × 256 windows) train 1,000 daily series
  × 3 years in about 1.5 minutes on one core of a 2-core machine.

All values are demand per period (the unit of the input series); periods are whatever
the series are in (days in the defaults: context 56 days, horizon 28 days).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Self

import numpy as np
import torch
from torch import nn
from tqdm import tqdm

from forecasting.base import DEFAULT_QUANTILES, Forecast

TRAINING_QUANTILES: tuple[float, ...] = tuple(round(0.05 * k, 2) for k in range(1, 20))
"""0.05, 0.10, …, 0.95: the fixed grid the network learns (90% interval = 0.05..0.95)."""

_FORMAT_VERSION = 1
_N_FEATURES = 3  # scaled demand, observed mask, log1p(scale)
_QUANTILE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class LSTMConfig:
    """Everything needed to rebuild an :class:`LSTMForecaster` (saved with the weights)."""

    horizon: int = 28
    """Periods forecast at once (the most ``predict`` can return)."""
    input_size: int = 56
    """Context length in periods (56 days = 8 weeks)."""
    hidden_size: int = 64
    num_layers: int = 1
    quantiles: tuple[float, ...] = TRAINING_QUANTILES
    max_epochs: int = 20
    steps_per_epoch: int = 50
    """Optimiser steps per epoch; windows per epoch = steps_per_epoch × batch_size."""
    batch_size: int = 256
    learning_rate: float = 3e-3
    mean_loss_weight: float = 0.5
    """Weight of the mean head's squared error relative to the pinball loss."""
    seed: int = 0


@dataclass
class _Panel:
    """All series in one left-padded matrix so windows can be cut with fancy indexing."""

    values: np.ndarray  # (n_series, pad + max_len + horizon), float32, NaN → 0
    observed: np.ndarray  # same shape, float32, 1 where a value was observed
    lengths: np.ndarray  # original lengths
    pad: int  # columns of left padding (= input_size)


class _Network(nn.Module):
    """LSTM encoder over the context, then a dense head for all horizons × outputs."""

    def __init__(self, config: LSTMConfig) -> None:
        super().__init__()
        self.horizon = config.horizon
        self.n_outputs = len(config.quantiles) + 1  # quantiles + mean
        self.lstm = nn.LSTM(_N_FEATURES, config.hidden_size, config.num_layers, batch_first=True)
        self.head = nn.Sequential(
            nn.Linear(config.hidden_size + 1, config.hidden_size),
            nn.ReLU(),
            nn.Linear(config.hidden_size, config.horizon * self.n_outputs),
        )

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """features (batch, input_size, 3) → (batch, horizon, n_quantiles + 1), scaled units."""
        encoded, _ = self.lstm(features)
        last = torch.cat([encoded[:, -1], features[:, -1, 2:3]], dim=1)
        return self.head(last).view(-1, self.horizon, self.n_outputs)


class LSTMForecaster:
    """Global LSTM with quantile outputs; follows :class:`forecasting.base.GlobalModel`.

    Example::

        model = LSTMForecaster(horizon=28).fit(histories)      # list of 1-D arrays
        forecasts = model.predict(histories, horizon=28, quantiles=(0.05, 0.5, 0.95))
        model.save("lstm.pt"); same = LSTMForecaster.load("lstm.pt")
    """

    name = "lstm"

    def __init__(
        self,
        horizon: int = 28,
        input_size: int = 56,
        hidden_size: int = 64,
        num_layers: int = 1,
        quantiles: Sequence[float] = TRAINING_QUANTILES,
        max_epochs: int = 20,
        steps_per_epoch: int = 50,
        batch_size: int = 256,
        learning_rate: float = 3e-3,
        mean_loss_weight: float = 0.5,
        seed: int = 0,
        device: str | None = None,
        progress: bool = True,
        num_threads: int | None = 1,
    ) -> None:
        grid = tuple(sorted({float(q) for q in quantiles}))
        if not grid or grid[0] <= 0 or grid[-1] >= 1:
            raise ValueError("training quantiles must lie strictly between 0 and 1")
        if horizon < 1 or input_size < 1:
            raise ValueError("horizon and input_size must be at least 1 period")
        self.config = LSTMConfig(
            horizon=int(horizon),
            input_size=int(input_size),
            hidden_size=int(hidden_size),
            num_layers=int(num_layers),
            quantiles=grid,
            max_epochs=int(max_epochs),
            steps_per_epoch=int(steps_per_epoch),
            batch_size=int(batch_size),
            learning_rate=float(learning_rate),
            mean_loss_weight=float(mean_loss_weight),
            seed=int(seed),
        )
        self.device_request = device
        self.progress = progress
        self.num_threads = num_threads
        """CPU threads for fit/predict, restored afterwards; None = PyTorch's default (all
        cores). One is the default: an LSTM step is many tiny matrix products, and extra
        threads mostly spin-wait, badly so when other work (an LLM, test workers) shares
        the CPU (measured: 2 threads used 6× the CPU time of 1 for the same result)."""
        self.training_loss_: list[float] = []
        """Mean training loss per epoch (scaled units), filled by :meth:`fit`."""
        self._network: _Network | None = None
        self._device: torch.device | None = None

    # ------------------------------------------------------------------ training

    def fit(self, series: Sequence[np.ndarray]) -> Self:
        """Train on all ``series`` (1-D arrays of demand per period, NaN = missing)."""
        with _cpu_threads(self.num_threads):
            return self._fit(series)

    def _fit(self, series: Sequence[np.ndarray]) -> Self:
        config = self.config
        panel = _make_panel(series, config.input_size, config.horizon)
        starts_series, starts_time = _window_starts(panel.lengths, config.horizon)
        if starts_series.size == 0:
            raise ValueError("no training windows: every series needs at least 2 periods")
        rng = np.random.default_rng(config.seed)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(config.seed)
            network = _Network(config)
        optimizer = torch.optim.Adam(network.parameters(), lr=config.learning_rate)
        total_steps = max(1, config.max_epochs * config.steps_per_epoch)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimizer,
            lambda step: (
                0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(step, total_steps) / total_steps))
            ),
        )
        network, optimizer, accelerator, device = _place(network, optimizer, self.device_request)
        levels = torch.tensor(config.quantiles, dtype=torch.float32, device=device)

        self.training_loss_ = []
        network.train()
        epochs = tqdm(
            range(config.max_epochs),
            desc="lstm",
            unit="epoch",
            file=sys.stderr,
            disable=not self.progress,
        )
        for _ in epochs:
            epoch_loss = 0.0
            for _ in range(config.steps_per_epoch):
                pick = rng.integers(0, starts_series.size, size=config.batch_size)
                batch = _cut_windows(panel, starts_series[pick], starts_time[pick], config)
                features, target, target_observed, _ = (
                    torch.from_numpy(a).to(device) for a in batch
                )
                output = network(features)
                loss = _loss(output, target, target_observed, levels, config.mean_loss_weight)
                optimizer.zero_grad(set_to_none=True)
                if accelerator is not None:
                    accelerator.backward(loss)
                else:
                    loss.backward()
                nn.utils.clip_grad_norm_(network.parameters(), 1.0)
                optimizer.step()
                schedule.step()
                epoch_loss += float(loss.detach())
            self.training_loss_.append(epoch_loss / max(1, config.steps_per_epoch))
            epochs.set_postfix(loss=f"{self.training_loss_[-1]:.4f}")
        if accelerator is not None:
            network = accelerator.unwrap_model(network)
        self._network = network.eval()
        self._device = device
        return self

    # ---------------------------------------------------------------- prediction

    def predict(
        self,
        series: Sequence[np.ndarray],
        horizon: int,
        quantiles: Sequence[float] = DEFAULT_QUANTILES,
        batch_size: int = 4096,
    ) -> list[Forecast]:
        """Forecast ``horizon`` periods after the end of each series (units per period).

        ``horizon`` may not exceed the trained horizon; ``quantiles`` must lie within the
        trained grid (0.05..0.95 by default) and are interpolated between grid levels.
        """
        with _cpu_threads(self.num_threads):
            return self._predict(series, horizon, quantiles, batch_size)

    def _predict(
        self,
        series: Sequence[np.ndarray],
        horizon: int,
        quantiles: Sequence[float],
        batch_size: int,
    ) -> list[Forecast]:
        network = self._require_network()
        config = self.config
        if not 1 <= horizon <= config.horizon:
            raise ValueError(
                f"horizon must be 1..{config.horizon} (trained horizon), got {horizon}"
            )
        requested = [float(q) for q in quantiles]
        grid = np.asarray(config.quantiles)
        outside = [
            q
            for q in requested
            if q < grid[0] - _QUANTILE_TOLERANCE or q > grid[-1] + _QUANTILE_TOLERANCE
        ]
        if outside:
            raise ValueError(
                f"quantiles {outside} are outside the trained grid {grid[0]}..{grid[-1]}"
            )
        if len(series) == 0:
            return []

        tails = [np.asarray(s, dtype=float).ravel()[-config.input_size :] for s in series]
        panel = _make_panel(tails, config.input_size, config.horizon)
        ends = panel.lengths.astype(np.int64)  # forecast starts right after the last period
        rows = np.arange(len(series))
        outputs: list[np.ndarray] = []
        scales: list[np.ndarray] = []
        with torch.inference_mode():
            for first in range(0, len(series), batch_size):
                chunk = slice(first, first + batch_size)
                features, _, _, scale = _cut_windows(panel, rows[chunk], ends[chunk], config)
                out = network(torch.from_numpy(features).to(self._device))
                outputs.append(out.float().cpu().numpy())
                scales.append(scale)
        output = np.concatenate(outputs)[:, :horizon] * np.concatenate(scales)[:, None, None]
        quantile_values = np.maximum(np.sort(output[:, :, :-1], axis=2), 0.0)
        means = np.maximum(output[:, :, -1], 0.0)

        forecasts = []
        for index in range(len(series)):
            per_level = quantile_values[index]  # (horizon, n_grid)
            forecasts.append(
                Forecast(
                    mean=means[index].astype(float),
                    quantiles={q: _interpolate(per_level, grid, q) for q in requested},
                )
            )
        return forecasts

    # -------------------------------------------------------------- persistence

    def save(self, path: str | Path) -> None:
        """Write weights and configuration to ``path`` (a single torch file)."""
        network = self._require_network()
        state = {name: tensor.detach().cpu() for name, tensor in network.state_dict().items()}
        config = asdict(self.config)
        config["quantiles"] = list(self.config.quantiles)
        torch.save(
            {
                "format": _FORMAT_VERSION,
                "model": self.name,
                "config": config,
                "state_dict": state,
                "training_loss": list(self.training_loss_),
            },
            Path(path),
        )

    @classmethod
    def load(
        cls,
        path: str | Path,
        device: str | None = None,
        progress: bool = True,
        num_threads: int | None = 1,
    ) -> LSTMForecaster:
        """Rebuild a trained forecaster saved with :meth:`save` (weights only, no pickled code)."""
        payload: dict[str, Any] = torch.load(Path(path), map_location="cpu", weights_only=True)
        if payload.get("model") != cls.name or payload.get("format") != _FORMAT_VERSION:
            raise ValueError(f"{path} is not a saved {cls.name} model (format {_FORMAT_VERSION})")
        forecaster = cls(
            **payload["config"], device=device, progress=progress, num_threads=num_threads
        )
        network = _Network(forecaster.config)
        network.load_state_dict(payload["state_dict"])
        forecaster._device = _choose_device(device)
        forecaster._network = network.to(forecaster._device).eval()
        forecaster.training_loss_ = list(payload.get("training_loss", []))
        return forecaster

    def _require_network(self) -> nn.Module:
        if self._network is None:
            raise RuntimeError("LSTMForecaster is not trained: call fit() or load() first")
        return self._network


# ---------------------------------------------------------------------- helpers


def _make_panel(series: Sequence[np.ndarray], input_size: int, horizon: int) -> _Panel:
    """Stack series into one matrix: ``input_size`` zero columns, the data, zeros after."""
    arrays = [np.asarray(s, dtype=np.float64).ravel() for s in series]
    lengths = np.array([a.size for a in arrays], dtype=np.int64)
    width = input_size + (int(lengths.max()) if arrays else 0) + horizon
    values = np.zeros((len(arrays), width), dtype=np.float32)
    observed = np.zeros_like(values)
    for row, array in enumerate(arrays):
        finite = np.isfinite(array)
        values[row, input_size : input_size + array.size] = np.where(finite, array, 0.0)
        observed[row, input_size : input_size + array.size] = finite
    return _Panel(values, observed, lengths, input_size)


def _window_starts(lengths: np.ndarray, horizon: int) -> tuple[np.ndarray, np.ndarray]:
    """All (series, forecast origin) pairs with ≥ 1 period of context and of target.

    The origin is the index of the first target period. Series longer than the horizon
    only use origins whose whole target is observed; shorter ones use partial targets.
    """
    series_index: list[np.ndarray] = []
    origins: list[np.ndarray] = []
    for row, length in enumerate(lengths):
        if length < 2:
            continue
        last = length - horizon if length > horizon else length - 1
        times = np.arange(1, last + 1, dtype=np.int64)
        series_index.append(np.full(times.size, row, dtype=np.int64))
        origins.append(times)
    if not origins:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(series_index), np.concatenate(origins)


def _cut_windows(
    panel: _Panel, rows: np.ndarray, origins: np.ndarray, config: LSTMConfig
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scaled network inputs and targets for forecast origins ``origins`` of ``rows``.

    Returns features (batch, input_size, 3), target and target mask (batch, horizon),
    and the scale (batch,) in units per period.
    """
    offsets = np.arange(config.input_size + config.horizon)
    columns = (origins + panel.pad - config.input_size)[:, None] + offsets
    values = panel.values[rows[:, None], columns]
    observed = panel.observed[rows[:, None], columns]
    context, context_observed = values[:, : config.input_size], observed[:, : config.input_size]
    count = context_observed.sum(axis=1)
    mean_abs = np.abs(context).sum(axis=1) / np.maximum(count, 1.0)
    scale = np.where(mean_abs > 0, mean_abs, 1.0).astype(np.float32)
    log_scale = np.log1p(mean_abs).astype(np.float32)
    features = np.stack(
        [
            context / scale[:, None],
            context_observed,
            np.broadcast_to(log_scale[:, None], context.shape),
        ],
        axis=2,
    )
    target = values[:, config.input_size :] / scale[:, None]
    target_observed = observed[:, config.input_size :]
    return (
        np.ascontiguousarray(features, dtype=np.float32),
        np.ascontiguousarray(target, dtype=np.float32),
        np.ascontiguousarray(target_observed, dtype=np.float32),
        scale,
    )


def _loss(
    output: torch.Tensor,
    target: torch.Tensor,
    observed: torch.Tensor,
    levels: torch.Tensor,
    mean_weight: float,
) -> torch.Tensor:
    """Pinball loss averaged over quantiles + weighted squared error of the mean head."""
    difference = target.unsqueeze(2) - output[:, :, :-1]  # (batch, horizon, n_quantiles)
    pinball = torch.maximum(levels * difference, (levels - 1) * difference).mean(dim=2)
    squared = (target - output[:, :, -1]) ** 2
    per_period = pinball + mean_weight * squared
    return (per_period * observed).sum() / observed.sum().clamp_min(1.0)


def _interpolate(per_level: np.ndarray, grid: np.ndarray, level: float) -> np.ndarray:
    """Quantile ``level`` for every period by linear interpolation across the grid."""
    position = np.searchsorted(grid, level - _QUANTILE_TOLERANCE)
    if position < grid.size and abs(grid[position] - level) <= _QUANTILE_TOLERANCE:
        return per_level[:, position].astype(float)
    low, high = position - 1, position
    weight = (level - grid[low]) / (grid[high] - grid[low])
    return ((1 - weight) * per_level[:, low] + weight * per_level[:, high]).astype(float)


@contextmanager
def _cpu_threads(count: int | None) -> Iterator[None]:
    """Run with ``count`` PyTorch CPU threads, then restore the previous setting.

    On a busy machine (parallel test workers, other jobs) several threads per process
    mostly spin-wait; one thread per process is then faster.
    """
    if count is None:
        yield
        return
    previous = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


def _choose_device(request: str | None) -> torch.device:
    """``None``: a GPU when there is one, else the CPU; otherwise the named device."""
    if request is not None:
        return torch.device(request)
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def _place(
    network: nn.Module, optimizer: torch.optim.Optimizer, request: str | None
) -> tuple[nn.Module, torch.optim.Optimizer, Any, torch.device]:
    """Move model and optimiser to the device.

    With no explicit device and ``accelerate`` installed this goes through
    :class:`accelerate.Accelerator` (GPU when present). An explicit device such as
    ``"cpu"`` uses plain PyTorch: accelerate's device choice is fixed once per process,
    so forcing the CPU through it would clash with a later GPU run in the same process.
    """
    if request is None:
        try:
            from accelerate import Accelerator
        except ImportError:
            pass
        else:
            accelerator = Accelerator()
            network, optimizer = accelerator.prepare(network, optimizer)
            return network, optimizer, accelerator, accelerator.device
    device = _choose_device(request)
    return network.to(device), optimizer, None, device
