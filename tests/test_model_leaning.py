"""`neet model leaning`: the everyday words a model leans on for a label, read from a model
file written here with known weights (and from the shipped one, for the command)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from bot.understand.model.leaning import leaning
from bot.understand.model.predict import ReplyModel


@pytest.fixture
def small_model(tmp_path):
    vocab = ["b:if i", "w:took", "w:noose", "c:if", "b:at work", "w:the"]
    coef = np.array([  # crisis, status:employment
        [2.0, 0.5, 3.0, 5.0, 0.0, 0.1],
        [0.0, 1.0, 0.0, 0.0, 2.0, 0.1],
    ], dtype=np.float32)
    path = tmp_path / "m.npz"
    np.savez_compressed(path, labels=np.array(["crisis", "status:employment"]), vocabulary=np.array(vocab),
                        idf=np.ones(len(vocab), dtype=np.float32), coef=coef,
                        intercept=np.zeros(2, dtype=np.float32))
    return ReplyModel(path)


def test_only_everyday_words_and_pairs_that_favour_the_label_strongest_first(small_model):
    found = [(x.feature, x.lean) for x in leaning(small_model, "crisis")]
    # "noose" is no everyday word, "c:if" no word feature, "took" and "the" lean elsewhere or nowhere
    assert found == [("b:if i", 2.0)]
    assert [x.feature for x in leaning(small_model, "status:employment")] == ["b:at work", "w:took"]


def test_an_unknown_label_is_an_error(small_model):
    with pytest.raises(ValueError):
        leaning(small_model, "no such label")


def test_the_command_lists_the_shipped_models_leanings_and_refuses_an_unknown_label():
    ok = subprocess.run([sys.executable, "-m", "app.cli", "model", "leaning", "--top", "5"],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0, ok.stderr
    lines = ok.stdout.splitlines()
    assert len(lines) == 5 and all(line.split()[1].startswith(("w:", "b:")) for line in lines)
    bad = subprocess.run([sys.executable, "-m", "app.cli", "model", "leaning", "--label", "nope"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "no label" in bad.stderr
