"""Train the reply model (scikit-learn, deterministic) and write data/reply_model.npz plus
data/reply_model.json (the training data's sha256, the settings, and a dev check). The test
split is never read here.

The shipped model learns from train *and* dev: on the groups of train held out in turn, a
model that also read dev caught more crises, raised fewer false ones and was 1.5-2.8 points
more accurate than one that read train alone (README, "The learned model"): what it has not
read is where it is used. Dev is still how a change is judged: `--dev-model PATH` also writes
the same settings trained on train alone, which has never read dev, and

    neet model train --dev-model /tmp/dev_model.npz
    neet classify --model /tmp/dev_model.npz --evaluate corpus/replies/dev.jsonl

reads dev with it. The json records that model's dev accuracy (model alone) either way.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from bot.understand.model.features import features
from bot.understand.model.predict import INFO_FILE, MODEL_FILE, ReplyModel

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus" / "replies"
SETTINGS = {"C": 60.0, "min_df": 2, "crisis_weight": 1.0, "max_iter": 3000}
SHIPPED_FROM = ("train", "dev")


def _load(name: str) -> list[dict]:
    path = CORPUS / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def data_sha256(names: tuple[str, ...] = SHIPPED_FROM) -> str:
    """The hash of the training data: the named splits' files, in order."""
    h = hashlib.sha256()
    for name in names:
        h.update((CORPUS / f"{name}.jsonl").read_bytes())
    return h.hexdigest()


def fit(rows: list[dict], out: Path) -> int:
    """Fit on `rows` and write the arrays to `out`; returns the number of features."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - told, not hidden
        sys.exit("training needs scikit-learn: pip install -e '.[train]'")
    texts = [r["text"] for r in rows]
    labels = [r["label"] for r in rows]
    vec = TfidfVectorizer(analyzer=features, min_df=SETTINGS["min_df"], sublinear_tf=True,
                          dtype=np.float64)
    x = vec.fit_transform(texts)
    weights = {c: (SETTINGS["crisis_weight"] if c == "crisis" else 1.0) for c in set(labels)}
    clf = LogisticRegression(C=SETTINGS["C"], max_iter=SETTINGS["max_iter"],
                             class_weight=weights)
    clf.fit(x, labels)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    np.savez_compressed(out, labels=np.array(list(clf.classes_)), vocabulary=np.array(vocab),
                        idf=vec.idf_.astype(np.float32), coef=clf.coef_.astype(np.float32),
                        intercept=clf.intercept_.astype(np.float32))
    return len(vocab)


def _accuracy(path: Path, rows: list[dict]) -> float:
    m = ReplyModel(path)
    return round(sum(m.guess(r["text"]).label == r["label"] for r in rows) / len(rows), 4)


def train(out: Path = MODEL_FILE, info_out: Path = INFO_FILE,
          dev_model: Path | None = None) -> dict:
    """Write the shipped model (train + dev) and its json; with `dev_model`, keep the
    train-alone model there too."""
    import sklearn

    splits = {name: _load(name) for name in SHIPPED_FROM}
    rows = [r for name in SHIPPED_FROM for r in splits[name]]
    n_features = fit(rows, out)
    with tempfile.TemporaryDirectory() as tmp:
        check = dev_model or Path(tmp) / "dev_check.npz"
        fit(splits["train"], check)
        dev_accuracy = _accuracy(check, splits["dev"])
    labels = ReplyModel(out).labels
    meta = {"trained_on": [f"corpus/replies/{n}.jsonl" for n in SHIPPED_FROM],
            "train_sha256": data_sha256(), "train_rows": len(rows),
            "features": n_features, "labels": labels, "settings": SETTINGS,
            "scikit_learn": sklearn.__version__,
            "dev_check": {"trained_on": "corpus/replies/train.jsonl",
                          "model_alone_dev_accuracy": dev_accuracy}}
    info_out.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
