"""Turn the bench results (a JSON-able dict) into ``bench.md``, ``latency.png`` and ``soak.png``."""
from __future__ import annotations

import collections
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bench_settings as settings

OURS, BASELINE = "ours", "baseline"
LABELS = {OURS: "ours", BASELINE: "Rasa default"}
PASS, FAIL, UNKNOWN = "PASS", "FAIL", "n/a"
STARTUP_LABELS = {
    "action_server_ready_s": "action server healthy",
    "both_ready_s": "action server and Rasa healthy",
    "rasa_ready_s": "Rasa server healthy",
    "rasa_first_answer_s": "Rasa first answer",
    "total_s": "total",
}


def _get(data: dict, path: str) -> Any:
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _fmt(value: Any, unit: str = "", digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "%":
        return f"{value * 100:.{digits}f} %"
    return f"{value:,.{digits}f}{(' ' + unit) if unit else ''}"


def _ratio(ours: Any, baseline: Any) -> str:
    if not isinstance(ours, int | float) or not isinstance(baseline, int | float) or not baseline:
        return "–"
    return f"{ours / baseline:.2f}×"


# (label, path in a system's results, unit, digits)
ROWS: tuple[tuple[str, str, str, int], ...] = (
    ("answer accuracy, all held-out turns", "accuracy.value", "%", 1),
    ("answer accuracy, turns both can answer", "accuracy.comparable", "%", 1),
    ("latency p50 (sequential)", "latency.p50", "ms", 1),
    ("latency p95 (sequential)", "latency.p95", "ms", 1),
    ("latency p99 (sequential)", "latency.p99", "ms", 1),
    ("latency p50, first sight of each text", "accuracy_latency.p50", "ms", 1),
    ("throughput, concurrent conversations", "load.throughput", "msg/s", 1),
    ("errors under load", "load.error_count", "", 0),
    ("latency p95 under load", "load.latency.p95", "ms", 0),
    ("start-up to first answer", "startup.total_s", "s", 1),
    ("time to train (clean cache)", "train.seconds", "s", 0),
    ("CPU time to train (both cores)", "train.cpu_seconds", "s", 0),
    ("RSS Rasa server after load", "memory.rasa.rss_mb", "MB", 0),
    ("RSS action server after load", "memory.actions.rss_mb", "MB", 0),
    ("RSS total after load", "memory.total_rss_mb", "MB", 0),
    ("CPU per message under load, Rasa server", "load.cpu_ms_per_message.rasa", "ms", 1),
    ("CPU per message under load, action server", "load.cpu_ms_per_message.actions", "ms", 1),
)


def targets(results: dict) -> list[tuple[str, str, str]]:
    """(target, measured, PASS/FAIL/n/a) for ours."""
    ours = _get(results, f"systems.{OURS}") or {}
    base = _get(results, f"systems.{BASELINE}") or {}

    def check(value: Any, ok: Callable[[float], bool]) -> str:
        return UNKNOWN if not isinstance(value, int | float) else (PASS if ok(value) else FAIL)

    p50, p95 = _get(ours, "latency.p50"), _get(ours, "latency.p95")
    throughput, errors = _get(ours, "load.throughput"), _get(ours, "load.error_count")
    startup, rss = _get(ours, "startup.total_s"), _get(ours, "memory.total_rss_mb")
    acc, base_acc, base_p50 = _get(ours, "accuracy.value"), _get(base, "accuracy.value"), _get(base, "latency.p50")
    concurrency = _get(ours, "load.concurrency") or settings.FULL.concurrency
    rows = [
        (f"p50 ≤ {settings.TARGET_P50_MS:.0f} ms", _fmt(p50, "ms"), check(p50, lambda v: v <= settings.TARGET_P50_MS)),
        (f"p95 ≤ {settings.TARGET_P95_MS:.0f} ms", _fmt(p95, "ms"), check(p95, lambda v: v <= settings.TARGET_P95_MS)),
        (
            f"≥ {settings.TARGET_THROUGHPUT:.0f} msg/s with {concurrency} conversations, zero errors",
            f"{_fmt(throughput, 'msg/s')}, {_fmt(errors, '', 0)} errors",
            UNKNOWN if throughput is None or errors is None
            else (PASS if throughput >= settings.TARGET_THROUGHPUT and errors == 0 else FAIL),
        ),
        (f"start-up ≤ {settings.TARGET_STARTUP_S:.0f} s", _fmt(startup, "s"), check(startup, lambda v: v <= settings.TARGET_STARTUP_S)),
        (
            f"total RSS ≤ {settings.TARGET_RSS_GB} GB",
            _fmt(rss, "MB", 0),
            check(rss, lambda v: v <= settings.TARGET_RSS_GB * 1024),
        ),
    ]
    if isinstance(acc, float) and isinstance(base_acc, float) and isinstance(p50, float) and isinstance(base_p50, float):
        margin, ratio = acc - base_acc, p50 / base_p50
        ok = margin >= settings.TARGET_ACCURACY_MARGIN and ratio <= settings.TARGET_P50_RATIO
        measured = f"{margin * 100:+.1f} points at {ratio:.2f}× its p50"
        rows.append(_accuracy_target_row(measured, PASS if ok else FAIL))
    else:
        rows.append(_accuracy_target_row("baseline not measured", UNKNOWN))
    return rows


def _accuracy_target_row(measured: str, verdict: str) -> tuple[str, str, str]:
    return (
        f"accuracy ≥ {settings.TARGET_ACCURACY_MARGIN * 100:.0f} points above the default "
        f"at ≤ {settings.TARGET_P50_RATIO}× its p50",
        measured,
        verdict,
    )


def results_table(results: dict) -> list[str]:
    systems = results.get("systems") or {}
    lines = ["| metric | ours | Rasa default | ours / default |", "|---|---:|---:|---:|"]
    for label, path, unit, digits in ROWS:
        ours, base = _get(systems.get(OURS) or {}, path), _get(systems.get(BASELINE) or {}, path)
        if path == "train.cpu_seconds":  # 0.0: recorded before CPU time was measured
            ours, base = ours or None, base or None
        if ours is None and base is None:
            continue
        ratio = "–" if unit == "%" else _ratio(ours, base)
        if unit == "%" and isinstance(ours, float) and isinstance(base, float):
            ratio = f"{(ours - base) * 100:+.1f} points"
        lines.append(f"| {label} | {_fmt(ours, unit, digits)} | {_fmt(base, unit, digits)} | {ratio} |")
    return lines


def _profile_lines(profile: dict) -> list[str]:
    lines: list[str] = []
    for process, summary in (profile.get("processes") or {}).items():
        samples, loop = summary.get("samples") or 0, summary.get("main_samples") or 0
        wall = (profile.get("seconds") or 0) * (profile.get("rate") or 100)
        lines += [
            f"### {process} ({samples} samples over {profile.get('seconds', 0):.0f} s"
            f"{f', event loop busy {loop / wall:.0%} of the time' if wall else ''})",
            "",
            "| where | share of samples | on the event-loop thread |",
            "|---|---:|---:|",
        ]
        main = summary.get("main_categories") or {}
        for name, count in (summary.get("categories") or {}).items():
            lines.append(f"| {name} | {count / samples:.0%} | {main.get(name, 0) / samples:.0%} |")
        truncated = summary.get("truncated_samples") or 0
        if truncated:
            lines += ["", f"{truncated / samples:.0%} of the samples have stacks too deep for py-spy to unwind; "
                      "they count only where an inner frame names the category."]
        lines += ["", "Hottest functions (self time):", ""]
        lines += [f"- `{frame}`: {count / samples:.1%}" for frame, count in summary.get("top_self") or []]
        threads = summary.get("threads") or {}
        lines += ["", "Samples per thread: " + ", ".join(f"{name} {count}" for name, count in threads.items()), ""]
        files = (profile.get("files") or {}).get(process) or []
        if files:
            lines += ["Files: " + ", ".join(f"`{name}`" for name in files), ""]
    return lines


def render(results: dict) -> str:
    """The Markdown report."""
    meta = results.get("meta") or {}
    lines = [
        "# Benchmark: ours vs Rasa's default FAQ pipeline",
        "",
        f"Run {meta.get('started', '?')} on {meta.get('cpus', '?')} CPUs "
        f"(load average {meta.get('loadavg_before', '?')} before, {meta.get('loadavg_after', '?')} after), "
        f"mode `{meta.get('mode', '?')}`, git {meta.get('git', '?')}.",
        "",
        "> **Noisy figures.** This machine is shared: other engineers' training and tests ran at the "
        "same time, so latency, throughput and training time carry their load too. Compare ratios "
        "measured in the same run rather than absolute numbers across runs.",
        "",
        "## Results",
        "",
        *results_table(results),
        "",
        "![latency](latency.png)",
        "",
        "## Targets (ours)",
        "",
        "| target | measured | |",
        "|---|---|---|",
        *[f"| {t} | {m} | **{v}** |" for t, m, v in targets(results)],
        "",
    ]
    lines += _system_notes(results)
    lines += _method(results)
    baseline = results.get("baseline_project")
    if baseline:
        lines += _baseline_section(baseline)
    profile = results.get("profile")
    if profile:
        lines += ["## Profile of ours under load (py-spy)", "", *_profile_lines(profile)]
    soak = results.get("soak")
    if soak:
        lines += soak_section(soak)
    return "\n".join(lines).rstrip() + "\n"


def _system_notes(results: dict) -> list[str]:
    lines = ["## Details", ""]
    for name, data in (results.get("systems") or {}).items():
        label = LABELS.get(name, name)
        startup = data.get("startup") or {}
        load = data.get("load") or {}
        lines += [f"### {label}", ""]
        lines.append(f"- model: `{data.get('model', '?')}` ({data.get('model_note', '')})")
        if startup:
            lines.append(
                "- start-up: "
                + ", ".join(f"{STARTUP_LABELS.get(k, k)} {v:.1f} s" for k, v in startup.items())
            )
        acc = data.get("accuracy") or {}
        if acc:
            lines.append(
                f"- accuracy: {acc.get('right')}/{acc.get('turns')} turns right; "
                f"{acc.get('comparable_right')}/{acc.get('comparable_turns')} of the turns both bots can answer; "
                f"{acc.get('errors', 0)} transport errors"
            )
        wrong = data.get("wrong")
        if wrong is not None:
            kinds = collections.Counter((w.get("expect") or {}).get("category", "facet answer") for w in wrong)
            lines.append("- wrong answers by expected kind: "
                         + (", ".join(f"{kind} {count}" for kind, count in kinds.most_common()) or "none"))
        if load:
            lines.append(
                f"- load: {load.get('concurrency')} conversations for {load.get('elapsed_s', 0):.1f} s, "
                f"{load.get('ok')} usable replies of {load.get('messages')}, errors {load.get('errors') or 'none'}"
            )
        memory = data.get("memory") or {}
        for process in ("rasa", "actions"):
            stats = memory.get(process)
            if stats:
                lines.append(
                    f"- {process} process: RSS {stats['rss_mb']:.0f} MB (peak {stats['peak_rss_mb']:.0f} MB), "
                    f"{stats['threads']} threads, pids {stats['pids']}"
                )
        if data.get("train"):
            train = data["train"]
            lines.append(f"- training: {train['seconds']:.0f} s, `{train['command']}`, finished {train['finished']}"
                         f"{' (recorded earlier for the same inputs)' if train.get('cached') else ''}")
        if data.get("env"):
            lines.append("- environment: " + ", ".join(f"`{k}={v}`" for k, v in data["env"].items()))
        lines.append("")
    return lines


def _method(results: dict) -> list[str]:
    plan = (results.get("meta") or {}).get("plan") or {}
    return [
        "## How it was measured",
        "",
        "- Both bots are served over REST with an SQLite tracker store, started by `bot/harness.py`. "
        "Ours exactly as `make run` serves it: `python -m bot.serve run` (Rasa with `bot/rasa_speedups.py`), "
        "`credentials.yml`, `bot.tracker_store.SQLiteTrackerStore`, and its action server "
        "(`python -m rasa_sdk`) started alongside. The default as a Rasa user would serve it: stock "
        "`rasa run`, a `rest:`-only credentials file and Rasa's own `type: SQL` store; it has no custom "
        "actions, so it runs without an action server (its endpoint points nowhere).",
        "- Both servers run with `--enable-api` and a random token so the accuracy pass can read each "
        "turn's actions and `reply` slot from the tracker API, exactly what `scripts/evaluate.py` reads "
        "in-process; the timed messages only use the REST webhook.",
        "- Accuracy: every held-out conversation from `tests/eval/heldout.yml`, fresh sender each, scored with "
        "`evaluate.answer_is_right` (ours) and the same facet rule with categories mapped to the default "
        "bot's responses. Turns expecting `clarify_procedure` or `no_answer` have no counterpart in a stock "
        "FAQ bot; the second accuracy row leaves them out.",
        f"- Latency: {plan.get('latency_messages', '?')} sequential messages cycling through the held-out "
        "conversations (fresh sender per conversation), client-side round trip. Each pass over the set "
        "appends a different punctuation suffix (`?`, `!`, ` ?`, ...) so ours' encoder text cache "
        "(`bot/embeddings.py`) does not turn repeats into free hits; the first-sight row is the accuracy pass.",
        f"- Throughput: {plan.get('concurrency', '?')} concurrent conversations (asyncio + aiohttp) for "
        f"{plan.get('throughput_seconds', '?')} s, each sending its next message when the last reply "
        f"arrived; errors are non-200, time-outs (> {settings.REQUEST_TIMEOUT_S:.0f} s), connection "
        "failures and empty replies.",
        "- Start-up: from starting the processes (ours: action server and Rasa together, as `scripts/run.sh` does) to the "
        "first REST answer.",
        "- Memory: VmRSS of each server process (and its children) from /proc after the load run; CPU per "
        "message is the processes' CPU time during the load divided by the replies.",
        "- Training: `rasa train` wall clock into an empty `--out` with `RASA_CACHE_DIRECTORY` pointing at "
        "an empty folder; recorded once per set of training inputs.",
        "",
    ]


def _baseline_section(info: dict) -> list[str]:
    return [
        "## The Rasa default baseline",
        "",
        f"Generated by `bench/baseline.py` into `{info.get('directory')}` (fingerprint {info.get('fingerprint')}).",
        "",
        "- `config.yml`: the installed Rasa's `rasa init` config (`rasa/cli/initial_project/config.yml`), "
        "pipeline and policies commented out, so Rasa uses `default_config.yml`: WhitespaceTokenizer, "
        "RegexFeaturizer, LexicalSyntacticFeaturizer, CountVectorsFeaturizer, CountVectorsFeaturizer "
        "(char_wb 1-4), DIETClassifier (100 epochs), EntitySynonymMapper, ResponseSelector (100 epochs), "
        "FallbackClassifier (0.3); MemoizationPolicy, RulePolicy, UnexpecTEDIntentPolicy, TEDPolicy.",
        f"- NLU: {info.get('faq_intents')} retrieval intents `faq/<procedure>_<facet>`, one per fact group "
        f"in `knowledge/procedures/*.yml`, with {info.get('faq_examples')} examples: each example of our "
        "`ask_<facet>` intent that names exactly one procedure (found by `ProcedureMatcher`) is a template, "
        "and that procedure is swapped for a synonym of the target procedure from the knowledge base "
        f"(at most {info.get('per_intent')} per retrieval intent, seeded). "
        f"Plus {info.get('other_examples')} examples of the ordinary intents, copied from `data/nlu/`.",
        "- Responses: `utter_faq/<procedure>_<facet>` = the knowledge-base facts joined, then "
        "\"Source: ...\", in our `utter_answer` wording; the ordinary intents reuse our domain's "
        "responses (or `bench/baseline_responses.yml` where ours has none).",
        "- Rules: `faq → utter_faq`, one rule per ordinary intent, `nlu_fallback → utter_default`.",
        *(
            [f"- Fact groups without an example template: {', '.join(info['pairs_without_examples'])}."]
            if info.get("pairs_without_examples") else []
        ),
        "",
    ]


def soak_section(soak: dict) -> list[str]:
    intervals = soak.get("intervals") or []
    lines = [
        "## Soak (ours)",
        "",
        f"{soak.get('minutes', 0):.0f} minutes at {soak.get('rate', 0):.0f} messages/s "
        f"({soak.get('conversations')} conversations in flight), run {soak.get('started', '?')}: "
        f"{soak.get('ok')} usable replies of {soak.get('messages')}, errors {soak.get('errors') or 'none'}, "
        f"achieved {soak.get('achieved_rate', 0):.1f} msg/s.",
        "",
    ]
    if intervals:
        first, last = intervals[0], intervals[-1]
        for process in ("rasa", "actions"):
            if process in first.get("rss_mb", {}):
                start, end = first["rss_mb"][process], last["rss_mb"][process]
                lines.append(
                    f"- {process}: RSS {start:.0f} MB after {first['t']:.0f} s → {end:.0f} MB at "
                    f"{last['t']:.0f} s ({end - start:+.0f} MB; slope {soak.get('slope_mb_per_min', {}).get(process, 0):+.2f} MB/min)"
                )
        lines += ["", "![soak](soak.png)", ""]
    return lines


def plot_latency(results: dict, path: Path) -> None:
    """Latency CDF (sequential) and percentile bars (sequential vs under load)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    systems = results.get("systems") or {}
    fig, (cdf, bars) = plt.subplots(1, 2, figsize=(12, 4.5))
    for name, data in systems.items():
        values = np.sort(np.asarray(data.get("latency_samples_ms") or [], dtype=float))
        if len(values):
            cdf.plot(values, np.arange(1, len(values) + 1) / len(values), label=LABELS.get(name, name))
    cdf.set_xscale("log")
    ticks = [t for t in (10, 20, 50, 100, 200, 500, 1000, 2000, 5000) if t <= max(
        (max(d.get("latency_samples_ms") or [0]) for d in systems.values()), default=0) * 2]
    cdf.set_xticks(ticks)
    cdf.set_xticklabels([str(t) for t in ticks])
    cdf.set_xlabel("latency per message, ms (log)")
    cdf.set_ylabel("fraction of messages")
    cdf.set_title("Sequential latency (single user)")
    cdf.axvline(settings.TARGET_P50_MS, color="grey", linestyle=":", linewidth=1, label="p50 target")
    cdf.axvline(settings.TARGET_P95_MS, color="grey", linestyle="--", linewidth=1, label="p95 target")
    cdf.grid(True, which="both", alpha=0.3)
    cdf.legend()

    groups = [("p50", "latency.p50"), ("p95", "latency.p95"), ("p99", "latency.p99"),
              ("p50 load", "load.latency.p50"), ("p95 load", "load.latency.p95")]
    width = 0.8 / max(len(systems), 1)
    for i, (name, data) in enumerate(systems.items()):
        heights = [_get(data, key) or 0 for _, key in groups]
        bars.bar([j + i * width for j in range(len(groups))], heights, width, label=LABELS.get(name, name))
    bars.set_xticks([j + width * (len(systems) - 1) / 2 for j in range(len(groups))])
    bars.set_xticklabels([g for g, _ in groups])
    bars.set_yscale("log")
    bars.set_ylabel("ms (log)")
    concurrency = _get(systems.get(OURS) or {}, "load.concurrency") or ""
    bars.set_title(f"Percentiles: sequential and with {concurrency} concurrent conversations")
    bars.grid(True, axis="y", which="both", alpha=0.3)
    bars.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_soak(soak: dict, path: Path) -> None:
    """RSS per process, achieved rate with errors, and p95 latency, per sampling interval."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    intervals = soak.get("intervals") or []
    times = [i["t"] / 60 for i in intervals]
    starts = [0.0, *(i["t"] for i in intervals[:-1])]
    rates = [i["messages"] / max(i["t"] - start, 1e-9) for i, start in zip(intervals, starts, strict=True)]
    fig, (memory, rate, latency) = plt.subplots(3, 1, figsize=(10, 8.5), sharex=True)
    for process in ("rasa", "actions"):
        memory.plot(times, [i["rss_mb"].get(process, 0) for i in intervals], marker=".", label=f"{process} RSS")
    memory.set_ylabel("MB")
    memory.set_title(f"Soak of ours: {soak.get('rate', 0):g} msg/s asked for {soak.get('minutes', 0):g} min")
    memory.grid(True, alpha=0.3)
    memory.legend()
    rate.plot(times, rates, color="tab:blue", label="achieved msg/s")
    rate.axhline(soak.get("rate", 0), color="grey", linestyle=":", label="asked")
    rate.set_ylabel("msg/s")
    rate.set_ylim(bottom=0)
    errors = rate.twinx()
    errors.bar(times, [i.get("errors", 0) for i in intervals], width=0.08, color="tab:red", alpha=0.6)
    errors.set_ylim(0, max(1, *(i.get("errors", 0) for i in intervals)) * 1.2)
    errors.set_ylabel("errors per interval (bars)")
    rate.grid(True, alpha=0.3)
    rate.legend(loc="lower left")
    latency.plot(times, [i.get("p95_ms") or 0 for i in intervals], color="tab:green", label="p95 latency")
    latency.set_ylabel("p95 ms")
    latency.set_ylim(bottom=0)
    latency.set_xlabel("minutes")
    latency.grid(True, alpha=0.3)
    latency.legend(loc="lower left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
