"""Train the reply model from corpus/replies/train.jsonl (scikit-learn, deterministic) and
write data/reply_model.npz plus data/reply_model.json (the training data's sha256, the
settings, and the scores on the dev split). The test split is never read here.

    neet model train        # or: python -m bot.understand.model.train
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from bot.understand.model.features import features
from bot.understand.model.predict import INFO_FILE, MODEL_FILE, ReplyModel

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus" / "replies"
SETTINGS = {"C": 60.0, "min_df": 2, "crisis_weight": 1.0, "max_iter": 3000}


def _load(name: str) -> list[dict]:
    path = CORPUS / f"{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def train(out: Path = MODEL_FILE, info_out: Path = INFO_FILE) -> dict:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:  # pragma: no cover - told, not hidden
        sys.exit("training needs scikit-learn: pip install -e '.[train]'")
    import sklearn

    rows = _load("train")
    texts = [r["text"] for r in rows]
    labels = [r["label"] for r in rows]
    vec = TfidfVectorizer(analyzer=features, min_df=SETTINGS["min_df"], sublinear_tf=True,
                          dtype=np.float64)
    x = vec.fit_transform(texts)
    classes = sorted(set(labels))
    weights = {c: (SETTINGS["crisis_weight"] if c == "crisis" else 1.0) for c in classes}
    clf = LogisticRegression(C=SETTINGS["C"], max_iter=SETTINGS["max_iter"],
                             class_weight=weights)
    clf.fit(x, labels)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.get)
    np.savez_compressed(out, labels=np.array(list(clf.classes_)), vocabulary=np.array(vocab),
                        idf=vec.idf_.astype(np.float32), coef=clf.coef_.astype(np.float32),
                        intercept=clf.intercept_.astype(np.float32))
    data = (CORPUS / "train.jsonl").read_bytes()
    m = ReplyModel(out)
    dev = _load("dev")
    dev_right = sum(m.guess(r["text"]).label == r["label"] for r in dev)
    meta = {"trained_on": "corpus/replies/train.jsonl",
            "train_sha256": hashlib.sha256(data).hexdigest(), "train_rows": len(rows),
            "features": len(vocab), "labels": list(clf.classes_), "settings": SETTINGS,
            "scikit_learn": sklearn.__version__,
            "model_alone_dev_accuracy": round(dev_right / len(dev), 4)}
    info_out.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


if __name__ == "__main__":
    print(json.dumps(train(), indent=2))
