#!/usr/bin/env python
"""`make bench`: ours vs Rasa's default FAQ pipeline, served the way `make run` serves them.

Measures, for each bot, answer accuracy on the held-out set, sequential latency
(p50/p95/p99), throughput with concurrent conversations, start-up to first
answer, memory after load and time to train; profiles ours under load with
py-spy. Writes ``reports/bench/bench.md``, ``latency.png`` and ``results.json``.

    scripts/bench.py                  full run (trains the baseline once, ~20 min of CPU)
    scripts/bench.py --quick          small run into reports/bench/quick/ (never trains)
    scripts/bench.py --skip-baseline  ours only
    scripts/bench.py --soak           10 minutes at 10 msg/s against ours (soak.md, soak.png)
    scripts/bench.py --profile        only the py-spy profile of ours under load
    scripts/bench.py --report-only    re-render the report from results.json

The figures are only as quiet as the machine: see the note in the report.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench_settings as settings  # noqa: E402

for _key, _value in settings.MAKEFILE_ENV.items():
    os.environ.setdefault(_key, _value)

import aiohttp  # noqa: E402
import bench_accuracy  # noqa: E402
import bench_load  # noqa: E402
import bench_profile  # noqa: E402
import bench_report  # noqa: E402
import bench_train  # noqa: E402
import numpy as np  # noqa: E402
from bench_procs import ProcessStats, pid_listening_on, process_stats  # noqa: E402
from evaluate import Turn, load_conversations  # noqa: E402

from bench.baseline import EXAMPLES_PER_FAQ, BaselineError, build_project  # noqa: E402
from bot.harness import assistant, free_port, rasa_server  # noqa: E402
from bot.kb import load_knowledge_base  # noqa: E402

OURS, BASELINE = bench_report.OURS, bench_report.BASELINE


# --- starting the servers ------------------------------------------------------------------


class Servers:
    """A running bot: its REST base URL, API token and server processes (by port)."""

    def __init__(self, url: str, token: str, ports: dict[str, int], startup: dict[str, float]) -> None:
        self.url, self.token, self.ports, self.startup = url, token, ports, startup

    def pids(self) -> dict[str, int]:
        found = {name: pid_listening_on(port) for name, port in self.ports.items()}
        return {name: pid for name, pid in found.items() if pid}

    def stats(self) -> dict[str, ProcessStats]:
        return {name: process_stats(pid) for name, pid in self.pids().items()}


def _port(url: str) -> int:
    return int(urlparse(url).port or 80)


async def _first_answer(url: str, text: str) -> None:
    async with aiohttp.ClientSession() as session:
        client = bench_load.RestClient(url, session, timeout_s=120)
        reply = await client.send(bench_load.new_sender(), text)
        if not reply.ok:
            raise RuntimeError(f"first message got {reply.error}")


@contextlib.contextmanager
def serve(system: str, model: Path, env: dict[str, str], first_text: str, tmp: Path) -> Iterator[Servers]:
    """Start ``system`` as `make run` does and time it up to its first REST answer."""
    token = secrets.token_hex(16)
    extra = ("--enable-api", "--auth-token", token)
    started = time.monotonic()
    if system == OURS:
        # Both processes at once, as scripts/run.sh starts them.
        with assistant(model, credentials=settings.CREDENTIALS, env=env, extra_args=extra) as (url, action_url):
            ready = time.monotonic() - started
            asyncio.run(_first_answer(url, first_text))
            first = time.monotonic() - started
            yield Servers(
                url, token, {"rasa": _port(url), "actions": _port(action_url)},
                {"both_ready_s": ready, "rasa_first_answer_s": first, "total_s": first},
            )
        return
    credentials = tmp / "credentials-rest.yml"
    credentials.write_text("rest:\n")
    nowhere = f"http://127.0.0.1:{free_port()}/webhook"  # no custom actions: never called
    # Stock `rasa run` and Rasa's own tracker store: what a Rasa user would serve.
    stock_endpoints = f'tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: "{tmp}/baseline-tracker.db"\n'
    with rasa_server(model, nowhere, credentials=credentials, env=env, extra_args=extra, stock=True,
                     endpoints_extra=stock_endpoints) as url:
        ready = time.monotonic() - started
        asyncio.run(_first_answer(url, first_text))
        first = time.monotonic() - started
        yield Servers(url, token, {"rasa": _port(url)},
                      {"rasa_ready_s": ready, "rasa_first_answer_s": first, "total_s": first})


# --- measuring ----------------------------------------------------------------------------


def _texts(conversations: list[list[Turn]]) -> list[list[str]]:
    return [[turn.text for turn in turns] for turns in conversations]


def _stats_dict(stats: ProcessStats) -> dict:
    data = asdict(stats)
    data["pids"] = list(stats.pids)
    return data


async def measure(
    servers: Servers, conversations: list[list[Turn]], plan: settings.RunPlan, kb, baseline: bool
) -> dict:
    """Accuracy, sequential latency, concurrent load and memory for one running bot."""
    results: dict = {"startup": servers.startup}
    connector = aiohttp.TCPConnector(limit=plan.concurrency + 10)
    async with aiohttp.ClientSession(connector=connector) as session:
        client = bench_load.RestClient(servers.url, session, token=servers.token)
        print("  accuracy pass ...", flush=True)
        replies = await bench_accuracy.play(client, conversations)
        accuracy = bench_accuracy.score(conversations, replies, kb, baseline)
        results["accuracy"] = {
            "value": accuracy.value, "comparable": accuracy.comparable, "right": accuracy.right,
            "turns": accuracy.turns, "comparable_right": accuracy.comparable_right,
            "comparable_turns": accuracy.comparable_turns, "errors": accuracy.errors,
        }
        results["wrong"] = [
            {"conversation": t.conversation, "text": t.text, "expect": t.expect, "said": t.bot_text[:160],
             "actions": t.actions[-4:], "reply": t.reply}
            for turns in conversations for t in turns if not t.answer_ok
        ]
        results["accuracy_latency"] = bench_load.latency_summary(replies)

        feed = bench_load.ConversationFeed(_texts(conversations), first_pass=1)
        print(f"  {plan.latency_messages} sequential messages ...", flush=True)
        sequential = await bench_load.sequential(client, feed, plan.latency_messages)
        results["latency"] = bench_load.latency_summary(sequential)
        results["latency"]["errors"] = sum(not r.ok for r in sequential)
        results["latency_samples_ms"] = [round(r.latency_s * 1000, 2) for r in sequential if r.ok]

        print(f"  {plan.concurrency} concurrent conversations for {plan.throughput_seconds:.0f} s ...", flush=True)
        before = servers.stats()
        load = await bench_load.concurrent(client, feed, plan.concurrency, plan.throughput_seconds)
        after = servers.stats()
        results["load"] = {
            "throughput": load.throughput, "ok": load.ok, "messages": len(load.replies),
            "errors": load.errors, "error_count": sum(load.errors.values()), "elapsed_s": load.elapsed_s,
            "concurrency": plan.concurrency, "latency": bench_load.latency_summary(load.replies),
            "cpu_ms_per_message": {
                name: (after[name].cpu_seconds - before[name].cpu_seconds) * 1000 / max(load.ok, 1)
                for name in after if name in before
            },
        }
        results["memory"] = {name: _stats_dict(stats) for name, stats in after.items()}
        results["memory"]["total_rss_mb"] = sum(s.rss_mb for s in after.values())
        results["passes_used"] = feed.passes_started
    return results


async def profile(servers: Servers, conversations: list[list[Turn]], plan: settings.RunPlan, out_dir: Path) -> dict:
    """py-spy both server processes while ``plan.concurrency`` conversations run."""
    seconds = plan.profile_seconds
    pids = servers.pids()
    recorders = {name: bench_profile.record(pid, seconds, out_dir / f"profile-{name}") for name, pid in pids.items()}
    await asyncio.sleep(1.0)  # let py-spy attach before the load starts
    feed = bench_load.ConversationFeed(_texts(conversations), first_pass=len(settings.TEXT_SUFFIXES) // 2)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=plan.concurrency + 10)) as session:
        client = bench_load.RestClient(servers.url, session)
        load = await bench_load.concurrent(client, feed, plan.concurrency, seconds - 1.0)
    for processes in recorders.values():
        for process in processes:
            await asyncio.get_running_loop().run_in_executor(None, process.wait)
    summaries, files = {}, {}
    for name in pids:
        raw = out_dir / f"profile-{name}.txt"
        if raw.exists():
            summaries[name] = asdict(bench_profile.summarize(raw.read_text()))
            files[name] = [f"profile-{name}.svg", f"profile-{name}.txt"]
    return {"seconds": seconds, "rate": bench_profile.SAMPLE_RATE, "processes": summaries, "files": files,
            "pids": pids, "throughput_while_profiling": load.throughput, "concurrency": plan.concurrency}


async def soak(servers: Servers, conversations: list[list[Turn]], plan: settings.SoakPlan) -> dict:
    """``plan.rate_per_second`` messages/s for ``plan.minutes``, sampling memory as it goes."""
    intervals: list[dict] = []

    def sample(elapsed: float, replies: list[bench_load.Reply]) -> None:
        stats = servers.stats()
        latency = bench_load.latency_summary(replies)
        intervals.append({
            "t": elapsed, "messages": len(replies), "errors": sum(not r.ok for r in replies),
            "p95_ms": latency.get("p95"), "rss_mb": {name: s.rss_mb for name, s in stats.items()},
        })
        print(f"  {elapsed / 60:5.1f} min: {len(replies)} msgs, {intervals[-1]['errors']} errors, "
              + ", ".join(f"{n} {s.rss_mb:.0f} MB" for n, s in stats.items()), flush=True)

    feed = bench_load.ConversationFeed(_texts(conversations), first_pass=1)
    async with aiohttp.ClientSession() as session:
        client = bench_load.RestClient(servers.url, session)
        load = await bench_load.paced(client, feed, plan.rate_per_second, plan.minutes * 60,
                                      plan.conversations, plan.sample_seconds, sample)
    slopes = {}
    for name in (intervals[0]["rss_mb"] if intervals else {}):
        points = [(i["t"] / 60, i["rss_mb"][name]) for i in intervals if i["t"] >= 60 and name in i["rss_mb"]]
        if len(points) >= 2:
            slopes[name] = float(np.polyfit(*zip(*points, strict=False), 1)[0])
    return {
        "minutes": plan.minutes, "rate": plan.rate_per_second, "conversations": plan.conversations,
        "messages": len(load.replies), "ok": load.ok, "errors": load.errors,
        "achieved_rate": len(load.replies) / load.elapsed_s if load.elapsed_s else 0.0,
        "latency": bench_load.latency_summary(load.replies), "intervals": intervals,
        "slope_mb_per_min": slopes, "started": _now(),
    }


# --- training -------------------------------------------------------------------------------


def baseline_model(kb, out_dir: Path, allow_training: bool, env: dict[str, str]) -> tuple[Path | None, dict, dict | None]:
    """Generate the baseline project; train it unless a model for the same files is cached."""
    project = build_project(settings.BASELINE_PROJECT_DIR, kb)
    info = {**asdict(project), "directory": str(project.directory.relative_to(ROOT)), "per_intent": EXAMPLES_PER_FAQ}
    info["pairs_without_examples"] = list(project.pairs_without_examples)
    info.pop("config", None)
    record = bench_train.load_record(settings.BASELINE_TRAIN_RECORD, project.fingerprint)
    if record and settings.BASELINE_MODEL.exists():
        return settings.BASELINE_MODEL, info, {**asdict(record), "cached": True}
    if not allow_training:
        print("No baseline model for the current project is cached; --quick does not train: skipping it.")
        return None, info, None
    print(f"Training the baseline ({project.faq_intents} retrieval intents, {project.faq_examples} examples) ...",
          flush=True)
    record = bench_train.timed_train(project.directory, settings.BASELINE_MODEL, project.fingerprint,
                                     out_dir / "logs" / "train-baseline.log", env=env)
    bench_train.save_record(settings.BASELINE_TRAIN_RECORD, record)
    print(f"  trained in {record.seconds:.0f} s", flush=True)
    return settings.BASELINE_MODEL, info, {**asdict(record), "cached": False}


def ours_training(out_dir: Path, measure_time: bool, env: dict[str, str]) -> dict | None:
    """Train ours if its model is missing; time a clean training once per set of inputs."""
    fingerprint = bench_train.fingerprint_paths(ROOT, settings.OURS_TRAINING_INPUTS)
    log = out_dir / "logs" / "train-ours.log"
    if not settings.MODEL.exists():
        print("models/assistant.tar.gz is missing: training it ...", flush=True)
        record = bench_train.timed_train(ROOT, settings.MODEL, fingerprint, log, env=env)
        bench_train.save_record(settings.OURS_TRAIN_RECORD, record)
        return {**asdict(record), "cached": False}
    record = bench_train.load_record(settings.OURS_TRAIN_RECORD, fingerprint)
    if record:
        return {**asdict(record), "cached": True}
    if not measure_time:
        return None
    print("Timing a clean training of ours (once for these inputs) ...", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as tmp:
        try:
            record = bench_train.timed_train(ROOT, Path(tmp) / "assistant.tar.gz", fingerprint, log, env=env)
        except bench_train.TrainingError as exc:
            print(f"  {exc}", flush=True)
            return {"error": str(exc)}
    bench_train.save_record(settings.OURS_TRAIN_RECORD, record)
    print(f"  trained in {record.seconds:.0f} s", flush=True)
    return {**asdict(record), "cached": False}


# --- bookkeeping ----------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _git() -> str:
    def run(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    head = run("rev-parse", "--short", "HEAD") or "?"
    dirty = len([line for line in run("status", "--porcelain").splitlines() if line.strip()])
    return f"{head}" + (f" + {dirty} uncommitted files" if dirty else "")


def _model_note(path: Path) -> str:
    stat = path.stat()
    when = datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(timespec="seconds")
    return f"{stat.st_size / 1e6:.1f} MB, trained {when}"


def _py_spy_version() -> str:
    if not bench_profile.PY_SPY:
        return "not installed"
    return subprocess.run([bench_profile.PY_SPY, "--version"], capture_output=True, text=True).stdout.strip()


def _subset(conversations: list[list[Turn]], limit: int | None) -> list[list[Turn]]:
    """Every k-th conversation, so a small run still covers every kind of turn."""
    if not limit or limit >= len(conversations):
        return conversations
    step = len(conversations) / limit
    return [conversations[int(i * step)] for i in range(limit)]


def _parse_env(pairs: list[str]) -> dict[str, str]:
    env = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"--env wants KEY=VALUE, got {pair!r}")
        env[key] = value
    return env


def _performance_env(extra: dict[str, str]) -> dict[str, str]:
    merged = {**os.environ, **extra}
    return {key: merged[key] for key in settings.PERFORMANCE_ENV if key in merged}


def _load_results(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def write_report(results: dict, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(results, indent=1, default=str) + "\n")
    if results.get("systems"):
        bench_report.plot_latency(results, out_dir / "latency.png")
    if results.get("soak"):
        bench_report.plot_soak(results["soak"], out_dir / "soak.png")
    report = out_dir / "bench.md"
    report.write_text(bench_report.render(results))
    return report


# --- main -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="small run (100 messages, 10 s load), never trains")
    mode.add_argument("--soak", action="store_true", help="10 minutes at 10 msg/s against ours")
    mode.add_argument("--profile", action="store_true", help="only profile ours under load")
    mode.add_argument("--report-only", action="store_true", help="re-render bench.md and plots from results.json")
    parser.add_argument("--skip-baseline", action="store_true", help="measure ours only")
    parser.add_argument("--skip-train-timing", action="store_true", help="do not time a clean training of ours")
    parser.add_argument("--out", type=Path, help="report folder (default reports/bench, or reports/bench/quick)")
    parser.add_argument("--model", type=Path, default=settings.MODEL)
    parser.add_argument("--messages", type=int, help="sequential messages for latency")
    parser.add_argument("--duration", type=float, help="seconds of concurrent load")
    parser.add_argument("--concurrency", type=int, help="conversations in flight during the load")
    parser.add_argument("--conversations", type=int, help="held-out conversations for accuracy (default all)")
    parser.add_argument("--soak-minutes", type=float, default=settings.SOAK.minutes)
    parser.add_argument("--soak-rate", type=float, default=settings.SOAK.rate_per_second)
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE",
                        help="extra environment for ours' servers (e.g. ASSISTANT_TORCH_THREADS=2)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = (settings.QUICK if args.quick else settings.FULL).with_overrides(
        latency_messages=args.messages, throughput_seconds=args.duration,
        concurrency=args.concurrency, conversations=args.conversations,
    )
    out_dir = args.out or (settings.REPORT_DIR / "quick" if args.quick else settings.REPORT_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    ours_env = _parse_env(args.env)
    if args.report_only:
        results = _load_results(out_dir / "results.json")
        if not results:
            raise SystemExit(f"no results.json in {out_dir}")
        print(f"Report: {write_report(results, out_dir)}")
        return 0
    kb = load_knowledge_base()

    if not args.model.exists() and args.model != settings.MODEL:
        raise SystemExit(f"{args.model} does not exist")
    mode = "soak" if args.soak else "profile" if args.profile else "quick" if args.quick else "full"
    results = _load_results(out_dir / "results.json") if (args.soak or args.profile) else {}
    results.setdefault("meta", {})
    if mode in ("quick", "full"):
        results["meta"] = {
            "started": _now(), "mode": mode, "cpus": os.cpu_count(), "loadavg_before": _loadavg(),
            "git": _git(), "plan": asdict(plan), "py_spy": _py_spy_version(),
        }

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        systems: list[tuple[str, Path, dict]] = []
        if mode in ("quick", "full") and not args.skip_baseline:
            try:
                model, info, train = baseline_model(kb, out_dir, allow_training=mode == "full", env={})
            except (BaselineError, bench_train.TrainingError) as exc:
                print(f"Baseline unavailable: {exc}")
                model, info, train = None, {"error": str(exc)}, None
            results["baseline_project"] = info
            if model:
                systems.append((BASELINE, model, {"train": train}))
        train_ours = None
        if args.model == settings.MODEL:
            train_ours = ours_training(out_dir, measure_time=mode == "full" and not args.skip_train_timing, env={})
        ours_model = tmp / "assistant.tar.gz"
        shutil.copy(args.model, ours_model)  # `make train` may replace it while we run
        systems.insert(0, (OURS, ours_model, {"train": train_ours, "env": _performance_env(ours_env)}))

        conversations = _subset(load_conversations(settings.HELDOUT), plan.conversations)
        first_text = conversations[0][0].text
        if mode in ("soak", "profile"):
            with serve(OURS, ours_model, ours_env, first_text, tmp) as servers:
                if mode == "soak":
                    soak_plan = settings.SoakPlan(minutes=args.soak_minutes, rate_per_second=args.soak_rate)
                    print(f"Soak: {soak_plan.minutes:g} min at {soak_plan.rate_per_second:g} msg/s ...", flush=True)
                    results["soak"] = asyncio.run(soak(servers, conversations, soak_plan))
                else:
                    print(f"Profiling ours for {plan.profile_seconds:.0f} s ...", flush=True)
                    results["profile"] = asyncio.run(profile(servers, conversations, plan, out_dir))
            report = write_report(results, out_dir)
            print(f"Report: {report}")
            return 0

        results["systems"] = {}
        for name, model, extra in systems:
            label = bench_report.LABELS[name]
            print(f"Measuring {label} ...", flush=True)
            fresh = load_conversations(settings.HELDOUT)  # turns are filled in place
            fresh = _subset(fresh, plan.conversations)
            with serve(name, model, ours_env if name == OURS else {}, first_text, tmp) as servers:
                data = asyncio.run(measure(servers, fresh, plan, kb, baseline=name == BASELINE))
                if name == OURS and plan.profile_seconds:
                    print(f"  profiling for {plan.profile_seconds:.0f} s ...", flush=True)
                    results["profile"] = asyncio.run(profile(servers, fresh, plan, out_dir))
            data.update({k: v for k, v in extra.items() if v is not None})
            data["model"] = str(args.model.relative_to(ROOT) if name == OURS and args.model.is_relative_to(ROOT)
                                else model.relative_to(ROOT) if model.is_relative_to(ROOT) else model)
            data["model_note"] = _model_note(args.model if name == OURS else model)
            results["systems"][name] = data
            _print_summary(label, data)
        results["meta"]["loadavg_after"] = _loadavg()
        soak_results = _load_results(settings.REPORT_DIR / "results.json").get("soak") if mode == "full" else None
        if soak_results:
            results["soak"] = soak_results
        report = write_report(results, out_dir)
    print(f"Report: {report}")
    for target, measured, verdict in bench_report.targets(results):
        print(f"  {verdict:4}  {target}: {measured}")
    return 0


def _print_summary(label: str, data: dict) -> None:
    latency, load, acc = data.get("latency") or {}, data.get("load") or {}, data.get("accuracy") or {}
    print(
        f"  {label}: accuracy {acc.get('value', 0):.1%}, p50 {latency.get('p50', 0):.1f} ms, "
        f"p95 {latency.get('p95', 0):.1f} ms, {load.get('throughput', 0):.1f} msg/s, "
        f"errors {load.get('errors') or 'none'}, RSS {data.get('memory', {}).get('total_rss_mb', 0):.0f} MB, "
        f"start-up {data.get('startup', {}).get('total_s', 0):.1f} s",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
