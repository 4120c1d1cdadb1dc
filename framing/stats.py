"""Tests of difference between groups of articles: a permutation test and Holm's correction.

``permutation_test(values, groups)`` asks whether the groups (outlets) differ in one measure
more than chance would make them: it compares the observed spread of the group means with the
spread after shuffling the group labels across articles. One run gives two kinds of answer from
the same shuffles:

- the omnibus test: statistic ``sum_g n_g (mean_g - mean)^2``, the between-group sum of squares
  (for a fixed set of values it orders permutations as the one-way ANOVA F does);
- each group against the rest: statistic ``|mean_g - mean_rest|``.

Labels can be shuffled within strata only (``strata``: the event of each article), so a corpus of
several events asks whether outlets differ within events, not whether they covered different
events. p-values are ``(1 + b) / (1 + B)``, where b of B shuffles gave a statistic at least as
large as observed (Phipson and Smyth 2010), so no p-value is 0.

References: Good, P. (2005). *Permutation, Parametric and Bootstrap Tests of Hypotheses*, 3rd ed.
Springer. Phipson, B. and Smyth, G. K. (2010). Permutation p-values should never be zero.
*Statistical Applications in Genetics and Molecular Biology* 9(1). Holm, S. (1979). A simple
sequentially rejective multiple test procedure. *Scandinavian Journal of Statistics* 6(2), 65-70.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Hashable, Mapping, Sequence

import numpy as np

__all__ = ["PermutationResult", "permutation_test", "permutation_tests", "holm", "significance_mark"]

_BATCH = 250  # shuffles drawn at once: memory is _BATCH x articles labels


@dataclass(frozen=True)
class PermutationResult:
    """A permutation test of one measure across groups.

    ``statistic`` is the between-group sum of squares of the observed labels; ``p_value`` its
    permutation p-value (None when the test cannot be run: fewer than two groups with a value, or
    no group with two articles, or every shuffle equal to the observed labels). ``group_p_values``
    gives each group against the rest (same shuffles); ``n`` is the number of articles with a value;
    ``permutations`` the number of shuffles drawn.
    """

    statistic: float
    p_value: float | None
    groups: tuple[Hashable, ...]
    group_means: tuple[float, ...]
    group_sizes: tuple[int, ...]
    group_p_values: tuple[float | None, ...]
    n: int
    permutations: int


def _statistics(sums: np.ndarray, sizes: np.ndarray, total: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Omnibus (between-group SS) and per-group |mean_g - mean_rest| from group sums (B, k)."""
    means = sums / sizes
    grand = total / n
    omnibus = (sizes * (means - grand) ** 2).sum(axis=-1)
    rest = np.where(n - sizes > 0, (total - sums) / np.maximum(n - sizes, 1), np.nan)
    return omnibus, np.abs(means - rest)


def permutation_test(
    values: Sequence[float | None],
    groups: Sequence[Hashable],
    strata: Sequence[Hashable] | None = None,
    permutations: int = 2000,
    seed: int = 0,
) -> PermutationResult:
    """Do the groups differ in ``values`` more than chance? A permutation test across articles.

    ``values`` (one per article; None or NaN: no value, left out), ``groups`` (the outlet of each
    article), ``strata`` (shuffle only within each stratum, e.g. the event; None: one stratum).
    ``permutations`` shuffles are drawn with ``numpy.random.default_rng(seed)``, so a run is
    reproducible. Returns a :class:`PermutationResult`; see the module docstring for the statistics.
    """
    return permutation_tests({"": values}, groups, strata, permutations, seed)[""]


def permutation_tests(
    columns: Mapping[str, Sequence[float | None]],
    groups: Sequence[Hashable],
    strata: Sequence[Hashable] | None = None,
    permutations: int = 2000,
    seed: int = 0,
) -> dict[str, PermutationResult]:
    """:func:`permutation_test` of several measures of the same articles, ``{name: result}``.

    Measures with values for the same articles share their shuffles (drawn once), which makes a
    table of many measures nearly as fast as one; each measure's test is still exact in its own
    right. Each set of measures sharing a pattern of missing values starts from ``seed``.
    """
    n_all = len(groups)
    if strata is not None and len(strata) != n_all:
        raise ValueError("groups and strata must have the same length")
    by_mask: dict[bytes, list[tuple[str, np.ndarray]]] = {}
    for name, column in columns.items():
        if len(column) != n_all:
            raise ValueError(f"{name}: values and groups must have the same length")
        vals = np.array([math.nan if v is None else float(v) for v in column], dtype=float)
        keep = ~np.isnan(vals)
        by_mask.setdefault(keep.tobytes(), []).append((name, vals))
    out: dict[str, PermutationResult] = {}
    for key, named in by_mask.items():
        keep = np.frombuffer(key, dtype=bool)
        kept_groups = [g for g, k in zip(groups, keep) if k]
        kept_strata = None if strata is None else [s for s, k in zip(strata, keep) if k]
        results = _tests([v[keep] for _, v in named], kept_groups, kept_strata, permutations, seed)
        out.update(zip((name for name, _ in named), results))
    return {name: out[name] for name in columns}


def _tests(columns: list[np.ndarray], groups: list, strata: list | None, permutations: int, seed: int) -> list[PermutationResult]:
    order = list(dict.fromkeys(groups))
    index = {g: i for i, g in enumerate(order)}
    labels = np.array([index[g] for g in groups], dtype=np.int64)
    k, n = len(order), len(labels)
    sizes = np.bincount(labels, minlength=k).astype(float) if n else np.zeros(0)
    int_sizes = tuple(int(s) for s in sizes)
    testable = k >= 2 and n >= 3 and sizes.max() >= 2 and permutations > 0
    prepared = []
    for vals in columns:
        sums = np.bincount(labels, weights=vals, minlength=k) if n else np.zeros(0)
        means = tuple(float(s / c) for s, c in zip(sums, sizes))
        # centred: the statistics do not change with a shift of all values, and stay accurate
        centred = vals - (vals.mean() if n else 0.0)
        csums = np.bincount(labels, weights=centred, minlength=k) if n else np.zeros(0)
        total = float(centred.sum())
        omni, grp = _statistics(csums[None], sizes, total, n) if k >= 1 and n else (np.zeros(1), np.zeros((1, k)))
        tol = 1e-9 * max(1.0, float(np.abs(centred).max(initial=0.0)) ** 2 * n)
        prepared.append((centred, total, means, float(omni[0]), grp[0], tol))
    if not testable:
        return [PermutationResult(omni if k >= 2 else 0.0, None, tuple(order), means, int_sizes, (None,) * k, n, 0)
                for _, _, means, omni, _, _ in prepared]
    if strata is None:
        blocks = [np.arange(n)]
    else:
        where: dict[Hashable, list[int]] = {}
        for i, s in enumerate(strata):
            where.setdefault(s, []).append(i)
        blocks = [np.array(ix) for ix in where.values() if len(ix) > 1]
    rng = np.random.default_rng(seed)
    ge_omni = np.zeros(len(columns))
    ge_group = np.zeros((len(columns), k))
    done = 0
    while done < permutations:
        b = min(_BATCH, permutations - done)
        shuffled = np.broadcast_to(labels, (b, n)).copy()
        for ix in blocks:
            shuffled[:, ix] = rng.permuted(shuffled[:, ix], axis=1)
        idx = (shuffled + (k * np.arange(b))[:, None]).ravel()
        for c, (centred, total, _, obs_omni, obs_grp, tol) in enumerate(prepared):
            sums = np.bincount(idx, weights=np.broadcast_to(centred, (b, n)).ravel(), minlength=b * k).reshape(b, k)
            omni, grp = _statistics(sums, sizes, total, n)
            ge_omni[c] += int((omni >= obs_omni - tol).sum())
            ge_group[c] += (grp >= obs_grp - tol).sum(axis=0)
        done += b
    results = []
    for c, (_, _, means, obs_omni, _, _) in enumerate(prepared):
        group_p = tuple(float((1 + g) / (1 + permutations)) if size < n else None for g, size in zip(ge_group[c], sizes))
        results.append(PermutationResult(obs_omni, float((1 + ge_omni[c]) / (1 + permutations)), tuple(order), means,
                                         int_sizes, group_p, n, permutations))
    return results


def holm(p_values: Sequence[float | None]) -> tuple[float | None, ...]:
    """Holm's step-down adjustment of a family of p-values, in the order given (None stays None).

    The i-th smallest of m p-values becomes ``max_{j<=i} min(1, (m - j + 1) p_(j))``; rejecting
    where the adjusted value is below alpha controls the family-wise error rate at alpha.
    Reference: Holm (1979).
    """
    present = sorted((p, i) for i, p in enumerate(p_values) if p is not None)
    m = len(present)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, (p, i) in enumerate(present):
        running = max(running, min(1.0, (m - rank) * p))
        out[i] = running
    return tuple(out)


def significance_mark(p: float | None) -> str:
    """``***`` below 0.001, ``**`` below 0.01, ``*`` below 0.05, else ``""`` (for adjusted p)."""
    if p is None:
        return ""
    return "***" if p < 0.001 else "**" if p < 0.01 else "*" if p < 0.05 else ""
