"""Generate the "Rasa default" baseline: a stock FAQ bot over the same knowledge and messages.

The baseline is what Rasa recommends out of the box for an FAQ assistant: the
``rasa init`` config of the installed Rasa (whose pipeline and policies are
commented out, so Rasa fills in ``default_config.yml``: DIET, ResponseSelector,
TED, ...) and one *retrieval intent* ``faq/<procedure>_<facet>`` per fact group
in ``knowledge/procedures/*.yml``, answered by ``utter_faq/<procedure>_<facet>``.

Our training data has one intent per question facet and no procedure markup, so
the retrieval-intent examples are made by substitution: every example of
``ask_<facet>`` that names exactly one procedure (found with the project's own
``ProcedureMatcher``) is a template, and the procedure it names is replaced by
a synonym of the target procedure from the knowledge base. The other intents
(greet, out_of_scope, inform, ...) are copied as they are and answered by rules
with the same wording our domain uses.
"""
from __future__ import annotations

import hashlib
import importlib.util
import random
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.constants import (
    FACET_INTENTS,
    INTENT_AFFIRM,
    INTENT_BOT_CHALLENGE,
    INTENT_DENY,
    INTENT_GOODBYE,
    INTENT_GREET,
    INTENT_INFORM,
    INTENT_MEDICAL_ADVICE,
    INTENT_NLU_FALLBACK,
    INTENT_OUT_OF_SCOPE,
    INTENT_REQUEST_HUMAN,
    INTENT_THANK,
    PROJECT_ROOT,
    REPLY_KB_ANSWER,
    REPLY_SOURCES_DIFFER,
    RESPONSE_ANSWER,
    SLOT_ANSWER,
    SLOT_REPLY,
    SLOT_SOURCES,
)
from bot.kb import KnowledgeBase, Procedure
from bot.nlu.procedure_matcher import ProcedureMatcher, ProcedureMention

FAQ_INTENT = "faq"
FAQ_RESPONSE_PREFIX = f"utter_{FAQ_INTENT}"
# At most this many examples per faq/<procedure>_<facet> (Rasa's FAQ tutorials use ~5-20).
EXAMPLES_PER_FAQ = 30
SEED = 42
ASSISTANT_ID = "bench-rasa-default"
FALLBACK_RESPONSE = "utter_default"
EXTRA_RESPONSES_FILE = Path(__file__).with_name("baseline_responses.yml")

# Ordinary intents the baseline keeps, and the response its rule answers with.
# Ours runs custom actions around some of them (hand-off, offer a person); a
# stock bot just utters the response.
RULE_RESPONSES: dict[str, str] = {
    INTENT_GREET: "utter_greet",
    INTENT_GOODBYE: "utter_goodbye",
    INTENT_THANK: "utter_you_are_welcome",
    INTENT_BOT_CHALLENGE: "utter_iamabot",
    INTENT_OUT_OF_SCOPE: "utter_out_of_scope",
    INTENT_REQUEST_HUMAN: "utter_handoff",
    INTENT_MEDICAL_ADVICE: "utter_defer_medical_advice",
    INTENT_AFFIRM: "utter_affirm_ack",
    INTENT_DENY: "utter_deny_ack",
    INTENT_INFORM: "utter_ask_what_to_know",
}


class BaselineError(ValueError):
    """The inputs cannot make a baseline project (missing wording, no templates, ...)."""


@dataclass(frozen=True)
class BaselineProject:
    """A generated baseline project on disk.

    Attributes:
        directory: project folder (``config.yml``, ``domain.yml``, ``data/``).
        fingerprint: hash of every generated file; a cached model trained on the same
            fingerprint is still valid.
        faq_intents: number of ``faq/<procedure>_<facet>`` retrieval intents.
        faq_examples: training examples over all retrieval intents.
        other_examples: training examples of the ordinary intents.
        pairs_without_examples: ``<procedure>_<facet>`` keys with no template (no examples).
    """

    directory: Path
    fingerprint: str
    faq_intents: int
    faq_examples: int
    other_examples: int
    pairs_without_examples: tuple[str, ...]

    @property
    def config(self) -> Path:
        return self.directory / "config.yml"

    @property
    def domain(self) -> Path:
        return self.directory / "domain.yml"

    @property
    def data(self) -> Path:
        return self.directory / "data"


def faq_key(procedure_id: str, facet: str) -> str:
    """``<procedure>_<facet>``, the part after ``faq/`` in intents and responses."""
    return f"{procedure_id}_{facet}"


def read_nlu_examples(data_dir: Path) -> dict[str, list[str]]:
    """Intent -> example texts from every ``nlu`` file under ``data_dir`` (entity markup kept)."""
    examples: dict[str, list[str]] = defaultdict(list)
    for path in sorted(Path(data_dir).rglob("*.yml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in content.get("nlu") or []:
            if "intent" not in item:
                continue
            for line in str(item.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- ") and line[2:].strip():
                    examples[item["intent"]].append(line[2:].strip())
    return dict(examples)


def template_target(mentions: list[ProcedureMention], knowledge_base: KnowledgeBase) -> str | None:
    """The one procedure a template names, to be swapped for another; None if it names several.

    Topics (``kind: topic``, e.g. image guidance) only count when no procedure is
    named: in "are epidurals done under x-ray" the epidural is the subject.
    """
    ids = list(dict.fromkeys(m.procedure_id for m in mentions))
    procedures = [i for i in ids if (p := knowledge_base.get(i)) is not None and p.kind == "procedure"]
    if len(procedures) == 1:
        return procedures[0]
    if not procedures and len(ids) == 1:
        return ids[0]
    return None


def substitute(text: str, mentions: list[ProcedureMention], procedure_id: str, name: str) -> str:
    """``text`` with every mention of ``procedure_id`` replaced by ``name``."""
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        if mention.procedure_id == procedure_id:
            text = text[: mention.start] + name + text[mention.end :]
    return text


def facet_templates(
    examples: Mapping[str, list[str]], matcher: ProcedureMatcher, knowledge_base: KnowledgeBase
) -> dict[str, list[tuple[str, list[ProcedureMention], str]]]:
    """Facet -> (text, mentions, procedure to swap) for each example naming one procedure."""
    templates: dict[str, list[tuple[str, list[ProcedureMention], str]]] = {}
    for facet, intent in FACET_INTENTS.items():
        templates[facet] = []
        for text in examples.get(intent, []):
            mentions = matcher(text)
            target = template_target(mentions, knowledge_base)
            if target is not None:
                templates[facet].append((text, mentions, target))
    return templates


def _names(procedure: Procedure) -> list[str]:
    return list(dict.fromkeys(procedure.synonyms or (procedure.short_name.lower(),)))


def retrieval_examples(
    knowledge_base: KnowledgeBase,
    examples: Mapping[str, list[str]],
    matcher: ProcedureMatcher,
    per_intent: int = EXAMPLES_PER_FAQ,
    seed: int = SEED,
) -> dict[str, list[str]]:
    """``<procedure>_<facet>`` -> training examples, for every fact group in the knowledge base.

    Deterministic: templates and synonyms are drawn with a generator seeded by
    ``seed`` and the key, so regenerating gives the same project.
    """
    templates = facet_templates(examples, matcher, knowledge_base)
    result: dict[str, list[str]] = {}
    for procedure in sorted(knowledge_base.procedures(), key=lambda p: p.id):
        names = _names(procedure)
        for facet in procedure.facets:
            key = faq_key(procedure.id, facet)
            rng = random.Random(seed ^ zlib.crc32(key.encode()))
            chosen = list(templates.get(facet, []))
            rng.shuffle(chosen)
            shuffled_names = rng.sample(names, len(names))
            texts: list[str] = []
            for i, (text, mentions, target) in enumerate(chosen):
                if len(texts) >= per_intent:
                    break
                new = substitute(text, mentions, target, shuffled_names[i % len(shuffled_names)])
                if new not in texts:
                    texts.append(new)
            result[key] = texts
    return result


def answer_templates(domain: Mapping) -> dict[bool, str]:
    """Our ``utter_answer`` wording for a KB answer, keyed by "sources differ"."""
    wanted = {REPLY_KB_ANSWER: False, REPLY_SOURCES_DIFFER: True}
    found: dict[bool, str] = {}
    for variation in (domain.get("responses") or {}).get(RESPONSE_ANSWER) or []:
        conditions = variation.get("condition") or []
        if variation.get("channel") or len(conditions) != 1:
            continue
        condition = conditions[0]
        if condition.get("name") == SLOT_REPLY and condition.get("value") in wanted:
            found[wanted[condition["value"]]] = variation["text"]
    if set(found) != {False, True}:
        raise BaselineError(f"domain: {RESPONSE_ANSWER} lacks the {sorted(wanted)} variations")
    return found


def _escape_braces(text: str) -> str:
    """Rasa fills ``{slot}`` in responses; knowledge text must not be read as a slot."""
    return text.replace("{", "{{").replace("}", "}}")


def faq_response(knowledge_base: KnowledgeBase, procedure: Procedure, facet: str, templates: Mapping[bool, str]) -> str:
    """The answer our bot gives for (procedure, facet): the facts joined, then their sources."""
    answer = knowledge_base.lookup(procedure.id, facet)
    if answer is None:
        raise BaselineError(f"knowledge base has no {facet} for {procedure.id}")
    facts = " ".join(fact.text for fact in answer.facts)
    sources = "; ".join(f"{knowledge_base.source_title(s)} ({s})" for s in answer.sources)
    text = templates[answer.sources_differ]
    text = text.replace("{" + SLOT_ANSWER + "}", facts).replace("{" + SLOT_SOURCES + "}", sources)
    return _escape_braces(text)


def default_config_text() -> str:
    """The installed Rasa's ``rasa init`` config, with a fixed assistant id.

    Raises:
        BaselineError: Rasa is not installed here.
    """
    spec = importlib.util.find_spec("rasa")
    if spec is None or not spec.submodule_search_locations:
        raise BaselineError("rasa is not installed in this environment")
    path = Path(next(iter(spec.submodule_search_locations))) / "cli" / "initial_project" / "config.yml"
    text = path.read_text(encoding="utf-8")
    # Rasa rewrites the file with a random id when it finds the placeholder.
    return text.replace("assistant_id: placeholder_default", f"assistant_id: {ASSISTANT_ID}")


class _LiteralDumper(yaml.SafeDumper):
    """Writes multi-line strings as ``|`` blocks, the way Rasa's own files look."""


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_LiteralDumper.add_representer(str, _literal)


def _dump(data: object) -> str:
    return yaml.dump(data, Dumper=_LiteralDumper, sort_keys=False, allow_unicode=True, width=10_000)


def _examples_block(texts: Iterable[str]) -> str:
    return "".join(f"- {text}\n" for text in texts)


def build_files(
    knowledge_base: KnowledgeBase,
    our_domain: Mapping,
    examples: Mapping[str, list[str]],
    extra_responses: Mapping,
    config_text: str,
    per_intent: int = EXAMPLES_PER_FAQ,
) -> tuple[dict[str, str], dict[str, int | tuple[str, ...]]]:
    """Relative path -> content of every project file, and counts for the report."""
    matcher = ProcedureMatcher(knowledge_base.procedures())
    faq = retrieval_examples(knowledge_base, examples, matcher, per_intent=per_intent)
    empty = tuple(key for key, texts in faq.items() if not texts)
    faq = {key: texts for key, texts in faq.items() if texts}
    if not faq:
        raise BaselineError("no retrieval-intent examples: no facet example names a procedure")

    nlu = [{"intent": f"{FAQ_INTENT}/{key}", "examples": _examples_block(texts)} for key, texts in faq.items()]
    other = {intent: examples.get(intent, []) for intent in RULE_RESPONSES}
    missing = [intent for intent, texts in other.items() if not texts]
    if missing:
        raise BaselineError(f"no training examples for {missing}")
    nlu += [{"intent": intent, "examples": _examples_block(texts)} for intent, texts in other.items()]

    ours = our_domain.get("responses") or {}
    extra = extra_responses.get("responses") or {}
    responses: dict[str, list] = {}
    for name in [*RULE_RESPONSES.values(), FALLBACK_RESPONSE]:
        source = ours.get(name) or extra.get(name)
        if not source:
            raise BaselineError(f"no wording for {name} in domain.yml or {EXTRA_RESPONSES_FILE.name}")
        responses[name] = source
    templates = answer_templates(our_domain)
    for key in faq:
        procedure_id, facet = _split_key(key, knowledge_base)
        procedure = knowledge_base.get(procedure_id)
        assert procedure is not None
        responses[f"{FAQ_RESPONSE_PREFIX}/{key}"] = [{"text": faq_response(knowledge_base, procedure, facet, templates)}]

    domain = {
        "version": "3.1",
        "session_config": our_domain.get("session_config")
        or {"session_expiration_time": 60, "carry_over_slots_to_new_session": True},
        "intents": [FAQ_INTENT, *RULE_RESPONSES],
        "responses": responses,
    }
    rules = [
        {"rule": "answer FAQs with the response selector", "steps": [{"intent": FAQ_INTENT}, {"action": FAQ_RESPONSE_PREFIX}]},
        *(
            {"rule": f"{intent} -> {response}", "steps": [{"intent": intent}, {"action": response}]}
            for intent, response in RULE_RESPONSES.items()
        ),
        {
            "rule": "low NLU confidence asks to rephrase",
            "steps": [{"intent": INTENT_NLU_FALLBACK}, {"action": FALLBACK_RESPONSE}],
        },
    ]
    header = "# Generated by bench/baseline.py for `make bench`; do not edit.\n"
    files = {
        "config.yml": config_text,
        "domain.yml": header + _dump(domain),
        "data/nlu.yml": header + _dump({"version": "3.1", "nlu": nlu}),
        "data/rules.yml": header + _dump({"version": "3.1", "rules": rules}),
    }
    counts = {
        "faq_intents": len(faq),
        "faq_examples": sum(len(t) for t in faq.values()),
        "other_examples": sum(len(t) for t in other.values()),
        "pairs_without_examples": empty,
    }
    return files, counts


def _split_key(key: str, knowledge_base: KnowledgeBase) -> tuple[str, str]:
    """Undo :func:`faq_key` (procedure ids and facets both contain underscores)."""
    for procedure in knowledge_base.procedures():
        for facet in procedure.facets:
            if faq_key(procedure.id, facet) == key:
                return procedure.id, facet
    raise BaselineError(f"unknown FAQ key {key}")


def fingerprint(files: Mapping[str, str]) -> str:
    """A hash of the generated files (before Rasa touches ``config.yml``)."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    return digest.hexdigest()[:16]


def build_project(
    directory: Path,
    knowledge_base: KnowledgeBase,
    domain_path: Path = PROJECT_ROOT / "domain.yml",
    data_dir: Path = PROJECT_ROOT / "data" / "nlu",
    per_intent: int = EXAMPLES_PER_FAQ,
) -> BaselineProject:
    """Write the baseline project into ``directory`` (replacing its generated files)."""
    our_domain = yaml.safe_load(Path(domain_path).read_text(encoding="utf-8")) or {}
    extra = yaml.safe_load(EXTRA_RESPONSES_FILE.read_text(encoding="utf-8")) or {}
    files, counts = build_files(
        knowledge_base, our_domain, read_nlu_examples(data_dir), extra, default_config_text(), per_intent
    )
    for name, content in files.items():
        path = Path(directory) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return BaselineProject(
        directory=Path(directory),
        fingerprint=fingerprint(files),
        faq_intents=int(counts["faq_intents"]),
        faq_examples=int(counts["faq_examples"]),
        other_examples=int(counts["other_examples"]),
        pairs_without_examples=tuple(counts["pairs_without_examples"]),
    )
