"""`make bench` code paths, small: baseline generation, load generator, scoring, report.

Nothing here trains a model. The fast tests use the real knowledge base and
training data but fake servers; the one ``model`` test runs
``scripts/bench.py --quick --skip-baseline`` with a handful of messages.
"""
from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys

import aiohttp
import pytest
import yaml
from aiohttp import web

from bot.constants import PROJECT_ROOT

# scripts/ goes *after* the project root: scripts/bench.py must not shadow the bench/ package.
SCRIPTS = str(PROJECT_ROOT / "scripts")
if SCRIPTS not in sys.path:
    sys.path.append(SCRIPTS)

import bench_accuracy  # noqa: E402
import bench_load  # noqa: E402
import bench_procs  # noqa: E402
import bench_profile  # noqa: E402
import bench_report  # noqa: E402
import bench_settings  # noqa: E402
import bench_train  # noqa: E402
from evaluate import Turn  # noqa: E402

from bench import baseline  # noqa: E402
from bot.nlu.procedure_matcher import ProcedureMatcher  # noqa: E402

# --- the baseline project ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def project(tmp_path_factory, knowledge_base):
    return baseline.build_project(tmp_path_factory.mktemp("baseline"), knowledge_base)


@pytest.fixture(scope="module")
def nlu(project):
    data = yaml.safe_load((project.data / "nlu.yml").read_text())
    return {item["intent"]: [line[2:] for line in item["examples"].splitlines()] for item in data["nlu"]}


def test_every_fact_group_is_a_retrieval_intent(project, nlu, knowledge_base):
    expected = {
        f"faq/{baseline.faq_key(p.id, facet)}" for p in knowledge_base.procedures() for facet in p.facets
    } - {f"faq/{key}" for key in project.pairs_without_examples}
    assert {intent for intent in nlu if intent.startswith("faq/")} == expected
    assert project.faq_intents == len(expected)
    assert all(0 < len(nlu[intent]) <= baseline.EXAMPLES_PER_FAQ for intent in expected)


def test_retrieval_examples_name_their_own_procedure(nlu, knowledge_base):
    matcher = ProcedureMatcher(knowledge_base.procedures())
    keys = {baseline.faq_key(p.id, f): p.id for p in knowledge_base.procedures() for f in p.facets}
    wrong = [
        (intent, text)
        for intent, texts in nlu.items() if intent.startswith("faq/")
        for text in texts
        if keys[intent[4:]] not in {m.procedure_id for m in matcher(text)}
    ]
    assert len(wrong) <= 0.02 * sum(len(t) for i, t in nlu.items() if i.startswith("faq/")), wrong[:10]


def test_faq_responses_carry_the_facts_and_sources(project, knowledge_base):
    responses = yaml.safe_load(project.domain.read_text())["responses"]
    answer = knowledge_base.lookup("rfa", "duration")
    text = responses["utter_faq/rfa_duration"][0]["text"]
    assert all(fact.text in text for fact in answer.facts)
    assert "Source: " in text and answer.sources[0] in text


def test_rules_answer_every_intent_and_the_fallback(project):
    domain = yaml.safe_load(project.domain.read_text())
    rules = yaml.safe_load((project.data / "rules.yml").read_text())["rules"]
    steps = {rule["steps"][0]["intent"]: rule["steps"][1]["action"] for rule in rules}
    assert steps == {"faq": "utter_faq", **baseline.RULE_RESPONSES, "nlu_fallback": baseline.FALLBACK_RESPONSE}
    assert set(domain["intents"]) == {"faq", *baseline.RULE_RESPONSES}
    assert all(response in domain["responses"] for response in [*baseline.RULE_RESPONSES.values(), "utter_default"])


def test_config_is_rasa_init_with_a_fixed_assistant_id(project):
    config = yaml.safe_load(project.config.read_text())
    assert config["pipeline"] is None and config["policies"] is None  # Rasa fills in default_config.yml
    assert config["assistant_id"] == baseline.ASSISTANT_ID


def test_rasa_reads_the_project_as_retrieval_intents(project):
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(str(project.config), str(project.domain), [str(project.data)])
    nlu_data = importer.get_nlu_data()
    assert nlu_data.retrieval_intents == {"faq"}
    faq_intents = {e.get("intent_response_key") for e in nlu_data.intent_examples if e.get("intent") == "faq"}
    assert {f"utter_{key}" for key in faq_intents} == {r for r in nlu_data.responses if r.startswith("utter_faq/")}
    assert len(faq_intents) == project.faq_intents


def test_generation_is_deterministic(project, tmp_path, knowledge_base):
    again = baseline.build_project(tmp_path, knowledge_base)
    assert again.fingerprint == project.fingerprint
    assert (tmp_path / "data" / "nlu.yml").read_text() == (project.data / "nlu.yml").read_text()


def test_missing_answer_wording_is_a_clear_error():
    with pytest.raises(baseline.BaselineError, match="utter_answer"):
        baseline.answer_templates({"responses": {"utter_answer": [{"text": "hi"}]}})


def test_template_swaps_only_the_one_procedure(knowledge_base):
    matcher = ProcedureMatcher(knowledge_base.procedures())
    text = "how long does rfa take"
    mentions = matcher(text)
    target = baseline.template_target(mentions, knowledge_base)
    assert target == "rfa"
    assert baseline.substitute(text, mentions, target, "kyphoplasty") == "how long does kyphoplasty take"
    assert baseline.template_target(matcher("is rfa better than an epidural"), knowledge_base) is None


# --- talking to a (fake) REST channel ---------------------------------------------------------


@pytest.fixture
async def fake_rasa():
    """A REST webhook that answers, fails or stalls depending on the message."""
    seen: list[tuple[str, str]] = []

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append((body["sender"], body["message"]))
        if "boom" in body["message"]:
            return web.Response(status=500)
        if "empty" in body["message"]:
            return web.json_response([])
        if "slow" in body["message"]:
            await asyncio.sleep(1.0)
        return web.json_response([{"recipient_id": body["sender"], "text": "ok"}])

    app = web.Application()
    app.router.add_post(bench_load.REST_PATH, webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    yield f"http://127.0.0.1:{port}", seen
    await runner.cleanup()


async def test_errors_are_classified(fake_rasa):
    url, _ = fake_rasa
    async with aiohttp.ClientSession() as session:
        client = bench_load.RestClient(url, session, timeout_s=0.3)
        replies = [await client.send("s", text) for text in ("hello", "boom", "empty", "slow")]
    assert [r.error for r in replies] == [None, "HTTP 500", bench_load.ERROR_EMPTY, bench_load.ERROR_TIMEOUT]
    assert replies[0].text == "ok"


async def test_sequential_cycles_with_fresh_senders_and_new_variants(fake_rasa):
    url, seen = fake_rasa
    feed = bench_load.ConversationFeed([["a", "b"], ["c"]], first_pass=1)
    async with aiohttp.ClientSession() as session:
        replies = await bench_load.sequential(bench_load.RestClient(url, session), feed, 7)
    assert len(replies) == 7 and all(r.ok for r in replies)
    senders = [sender for sender, _ in seen]
    assert senders[0] == senders[1] != senders[2]  # one sender per conversation
    assert len(set(senders)) == 5  # a, b | c | a, b | c | a
    texts = [text for _, text in seen]
    assert texts[0].startswith("a") and texts[0] != texts[3] and len(set(texts)) == 7  # never the same text twice


async def test_concurrent_load_counts_messages_and_errors(fake_rasa):
    url, _ = fake_rasa
    feed = bench_load.ConversationFeed([["hi", "boom"], ["hello"]])
    async with aiohttp.ClientSession() as session:
        result = await bench_load.concurrent(bench_load.RestClient(url, session), feed, concurrency=5, duration_s=0.5)
    assert result.ok > 0 and result.errors.get("HTTP 500", 0) > 0
    assert result.ok + sum(result.errors.values()) == len(result.replies)
    assert result.throughput == pytest.approx(result.ok / result.elapsed_s)


async def test_paced_load_keeps_the_rate_and_samples(fake_rasa):
    url, _ = fake_rasa
    samples = []
    feed = bench_load.ConversationFeed([["hi", "there"]])
    async with aiohttp.ClientSession() as session:
        result = await bench_load.paced(
            bench_load.RestClient(url, session), feed, rate=20, duration_s=1.0, conversations=3,
            sample_every_s=0.4, on_sample=lambda t, replies: samples.append((t, len(replies))),
        )
    assert 12 <= len(result.replies) <= 22
    assert len(samples) >= 3 and sum(n for _, n in samples) == len(result.replies)


def test_latency_summary_uses_only_usable_replies():
    replies = [bench_load.Reply(200, [{"text": "x"}], ms / 1000) for ms in range(1, 101)]
    replies.append(bench_load.Reply(None, [], 99.0, error=bench_load.ERROR_TIMEOUT))
    summary = bench_load.latency_summary(replies)
    assert summary["messages"] == 101 and summary["ok"] == 100
    assert summary["p50"] == pytest.approx(50.5) and summary["p99"] == pytest.approx(99.01)


# --- scoring ------------------------------------------------------------------------------------


def _turn(expect: dict) -> Turn:
    return Turn("c", "text", "intent", set(), expect)


def test_baseline_categories_map_to_its_own_responses(knowledge_base):
    greet = _turn({"category": "greet"})
    greet.actions = ["utter_greet"]
    clarify = _turn({"category": "clarify_procedure"})
    clarify.actions = ["utter_faq"]
    facet = _turn({"facet": "duration", "procedure": "rfa"})
    facet.bot_text = " ".join(f.text for f in knowledge_base.lookup("rfa", "duration").facts)
    assert bench_accuracy.baseline_answer_is_right(greet, knowledge_base)
    assert not bench_accuracy.baseline_answer_is_right(clarify, knowledge_base)
    assert bench_accuracy.baseline_answer_is_right(facet, knowledge_base)


def test_fill_turn_reads_this_turns_actions_and_reply_slot():
    tracker = {
        "events": [{"event": "action", "name": "action_listen"}, {"event": "user"},
                   {"event": "action", "name": "action_answer_question"}, {"event": "action", "name": "utter_answer"}],
        "slots": {"reply": "ask_which_procedure"},
        "latest_message": {"intent": {"name": "ask_duration"}, "entities": [{"entity": "procedure", "value": "esi"}]},
    }
    turn = _turn({"category": "clarify_procedure"})
    reply = bench_load.Reply(200, [{"text": "Which procedure?"}], 0.01)
    assert bench_accuracy.fill_turn(turn, reply, tracker, events_before=1) == 4
    assert turn.actions == ["action_answer_question", "utter_answer"]
    assert (turn.reply, turn.intent, turn.procedures) == ("ask_which_procedure", "ask_duration", {"esi"})


def test_comparable_accuracy_leaves_out_what_only_ours_can_do(knowledge_base):
    turns = [_turn({"category": "greet"}), _turn({"category": "clarify_procedure"})]
    turns[0].actions = ["utter_greet"]
    replies = [bench_load.Reply(200, [{"text": "x"}], 0.01)] * 2
    accuracy = bench_accuracy.score([turns], replies, knowledge_base, baseline=True)
    assert (accuracy.value, accuracy.comparable) == (0.5, 1.0)


# --- processes, profiles, training records -------------------------------------------------------


def test_finds_the_process_listening_on_a_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        assert bench_procs.pid_listening_on(sock.getsockname()[1]) == os.getpid()


def test_process_stats_include_children():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        stats = bench_procs.process_stats(os.getpid())
        assert child.pid in stats.pids and stats.rss_mb > 10 and stats.threads >= 2
    finally:
        child.kill()
        child.wait()


def test_profile_summary_skips_idle_threads_and_counts_categories():
    collapsed = "\n".join([
        "thread (0x1): MainThread;serve (sanic/server/runners.py:155) 50",
        "thread (0x1): MainThread;handle_message (rasa/core/processor.py:157);encode (sentence_transformers/x.py:1) 30",
        "thread (0x1): MainThread;handle_message (rasa/core/processor.py:157);save (rasa/core/tracker_store.py:9) 10",
        "thread (0x2): uvloop_0;_worker (concurrent/futures/thread.py:81) 300",
        "thread (0x3): Dummy;work (x.py:1) 10",
    ])
    summary = bench_profile.summarize(collapsed)
    assert (summary.samples, summary.idle_samples, summary.main_samples) == (50, 350, 40)
    assert summary.categories["NLU: MiniLM sentence encoder (torch)"] == 30
    assert summary.main_categories["tracker store: save (SQLite, commit)"] == 10
    assert summary.threads == {"MainThread": 40, "Dummy": 10}


def test_training_record_follows_its_inputs(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "nlu.yml").write_text("a")
    before = bench_train.fingerprint_paths(tmp_path, ["data"])
    record = bench_train.TrainRecord(before, 12.0, "now", "rasa train", 1)
    bench_train.save_record(tmp_path / "train.json", record)
    assert bench_train.load_record(tmp_path / "train.json", before) == record
    (tmp_path / "data" / "nlu.yml").write_text("b")
    after = bench_train.fingerprint_paths(tmp_path, ["data"])
    assert after != before and bench_train.load_record(tmp_path / "train.json", after) is None


# --- the report ---------------------------------------------------------------------------------


def _results(ours_p50: float, errors: int) -> dict:
    def system(accuracy: float, p50: float, errors: int) -> dict:
        return {
            "accuracy": {"value": accuracy, "comparable": accuracy},
            "latency": {"p50": p50, "p95": p50 * 2, "p99": p50 * 3},
            "load": {"throughput": 30.0, "error_count": errors, "errors": {}, "concurrency": 50,
                     "latency": {"p50": p50 * 5, "p95": p50 * 9}},
            "startup": {"total_s": 20.0},
            "memory": {"total_rss_mb": 1500.0},
            "latency_samples_ms": [p50 * 0.9, p50, p50 * 1.1],
        }

    return {"systems": {"ours": system(0.95, ours_p50, errors), "baseline": system(0.60, 40.0, 0)}, "meta": {}}


def test_targets_pass_and_fail_on_the_numbers():
    verdicts = dict((t, v) for t, _, v in bench_report.targets(_results(ours_p50=50.0, errors=0)))
    assert set(verdicts.values()) == {"PASS"}
    failing = {t: v for t, _, v in bench_report.targets(_results(ours_p50=70.0, errors=3))}
    assert failing[f"p50 ≤ {bench_settings.TARGET_P50_MS:.0f} ms"] == "FAIL"
    assert [v for t, v in failing.items() if t.startswith("≥")] == ["FAIL"]  # errors under load
    assert [v for t, v in failing.items() if t.startswith("accuracy")] == ["FAIL"]  # 70 ms > 1.5 × 40 ms


def test_report_and_plot_are_written(tmp_path):
    results = _results(ours_p50=50.0, errors=0)
    text = bench_report.render(results)
    assert "| answer accuracy, all held-out turns | 95.0 % | 60.0 % | +35.0 points |" in text
    assert "| latency p50 (sequential) | 50.0 ms | 40.0 ms | 1.25× |" in text
    assert "Noisy figures" in text
    bench_report.plot_latency(results, tmp_path / "latency.png")
    assert (tmp_path / "latency.png").read_bytes()[:4] == b"\x89PNG"


# --- the script, end to end, against the trained model ------------------------------------------


@pytest.mark.model
def test_quick_bench_runs_against_the_trained_model(tmp_path):
    model = PROJECT_ROOT / "models" / "assistant.tar.gz"
    if not model.exists():
        pytest.fail("models/assistant.tar.gz missing: run `make train` first")
    copy = tmp_path / "assistant.tar.gz"
    copy.write_bytes(model.read_bytes())
    out = tmp_path / "report"
    command = [sys.executable, str(PROJECT_ROOT / "scripts" / "bench.py"), "--quick", "--skip-baseline",
               "--model", str(copy), "--out", str(out), "--messages", "20", "--duration", "3",
               "--concurrency", "5", "--conversations", "6"]
    completed = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    results = yaml.safe_load((out / "results.json").read_text())  # JSON is YAML
    ours = results["systems"]["ours"]
    assert ours["latency"]["messages"] == 20 and ours["accuracy"]["turns"] >= 6
    assert ours["memory"]["rasa"]["rss_mb"] > 100 and ours["memory"]["actions"]["rss_mb"] > 50
    assert (out / "latency.png").exists() and "| p50 ≤ 60 ms |" in (out / "bench.md").read_text()
