"""Every file a clinic edits by hand refuses a key given twice, instead of silently keeping the last."""
from __future__ import annotations

import shutil

import pytest
import yaml

from bot import yaml_strict
from bot.clinic import ClinicConfigError, load_clinic
from bot.constants import KNOWLEDGE_DIR, PROJECT_ROOT
from bot.kb.yaml_store import KnowledgeBaseError, YamlKnowledgeBase
from bot.nlu.advice_guard import AdviceRulesError, MedicalAdviceDetector

TWICE = "risks: [one]\nrisks: [two]\n"


def test_a_repeated_key_is_an_error_and_a_nested_one_too():
    with pytest.raises(yaml.YAMLError, match="'risks' is given twice"):
        yaml_strict.load(TWICE)
    with pytest.raises(yaml.YAMLError, match="'b' is given twice"):
        yaml_strict.load("a:\n  b: 1\n  b: 2\n")
    # The same key in two different mappings is fine, and so is everything safe_load reads.
    assert yaml_strict.load("a: {b: 1}\nc: {b: 2}\n") == {"a": {"b": 1}, "c": {"b": 2}}
    text = (KNOWLEDGE_DIR / "medical_advice.yml").read_text(encoding="utf-8")
    assert yaml_strict.load(text) == yaml.safe_load(text)


def test_the_knowledge_base_refuses_a_procedure_file_with_a_repeated_key(tmp_path):
    shutil.copytree(KNOWLEDGE_DIR / "procedures", tmp_path / "procedures")
    first = sorted((tmp_path / "procedures").glob("*.yml"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nid: again\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="given twice"):
        YamlKnowledgeBase.from_directory(tmp_path)


def test_the_medical_advice_rules_refuse_a_repeated_key(tmp_path):
    rules = tmp_path / "advice.yml"
    rules.write_text((KNOWLEDGE_DIR / "medical_advice.yml").read_text(encoding="utf-8") + "\ndose_words: [mg]\n")
    with pytest.raises(AdviceRulesError, match="given twice"):
        MedicalAdviceDetector.from_file(rules)


def test_the_clinic_settings_refuse_a_repeated_key(tmp_path):
    settings = tmp_path / "clinic.yml"
    settings.write_text((PROJECT_ROOT / "clinic.yml").read_text(encoding="utf-8") + "\nname: Another Clinic\n")
    with pytest.raises(ClinicConfigError, match="given twice"):
        load_clinic(settings)


def test_both_loaders_parse_with_libyaml_when_pyyaml_has_it():
    # The pinned PyYAML wheel has libyaml: the 370-odd red-flag sets parse about ten times faster.
    assert yaml.__with_libyaml__
    assert yaml_strict.SafeLoader is yaml.CSafeLoader
    assert issubclass(yaml_strict.UniqueKeyLoader, yaml.CSafeLoader)


@pytest.mark.parametrize(
    "path",
    [
        PROJECT_ROOT / "tests" / "eval" / "red_flags.yml",
        sorted((PROJECT_ROOT / "tests" / "eval").glob("red_flags_round*.yml"))[-1],
        sorted((PROJECT_ROOT / "tests" / "eval").glob("red_flags_sealed*.yml"))[0],
        PROJECT_ROOT / "tests" / "eval" / "heldout.yml",
        PROJECT_ROOT / "domain.yml",
        KNOWLEDGE_DIR / "red_flags.yml",
    ],
    ids=lambda p: p.name,
)
def test_safe_load_reads_what_yaml_safe_load_reads(path):
    text = path.read_text(encoding="utf-8")
    assert yaml_strict.safe_load(text) == yaml.safe_load(text)


def test_safe_load_keeps_the_last_of_a_repeated_key_as_yaml_safe_load_does():
    assert yaml_strict.safe_load(TWICE) == yaml.safe_load(TWICE) == {"risks": ["two"]}
