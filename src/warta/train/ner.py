"""``warta train ner``: build a fast CPU NER pipeline (tok2vec + ner) from the corpora in ../shared/data.

Steps, all deterministic for a given seed:

1. read NERGrit, NERP and idner-news-2k train/dev (labels mapped to PER/ORG/LOC, see :mod:`.corpora`);
2. drop every train/dev sentence that also occurs in any test split (NERP shares sentences across splits)
   and duplicates within the training data;
3. augment casing: NERP is lower-cased, so each NERP sentence also appears re-cased (names and the first
   word capitalised), and the cased corpora also appear lower-cased, so the model reads both styles;
4. write spaCy DocBins and train with the config in :func:`config_text`.
"""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import iob_to_biluo
from spacy.training.iob_utils import biluo_tags_to_spans

from .corpora import CORPORA, Sentence, read

TRAIN_CORPORA = ("nergrit", "nerp", "idner")


def test_keys(data_dir: Path) -> set[tuple[str, ...]]:
    """Every sentence of every test split (case-insensitive), to keep them out of training."""
    return {s.key() for corpus in CORPORA for s in read(data_dir, corpus, "test")}


def recased(sentence: Sentence) -> Sentence:
    """A lower-cased sentence with its names and first word capitalised, as cased news would write them."""
    words = [w[:1].upper() + w[1:] if (tag != "O" or i == 0) and w[:1].isalpha() else w
             for i, (w, tag) in enumerate(zip(sentence.words, sentence.tags))]
    return Sentence(words, list(sentence.tags))


def lowercased(sentence: Sentence) -> Sentence:
    return Sentence([w.lower() for w in sentence.words], list(sentence.tags))


def training_sentences(data_dir: Path, split: str, excluded: set[tuple[str, ...]], augment: bool = True,
                       repeat: dict[str, int] | None = None) -> tuple[list[Sentence], dict[str, int]]:
    """The sentences of ``split`` from all corpora, test overlaps and duplicates removed, casing augmented;
    ``repeat`` gives a corpus more weight by adding its sentences that many times."""
    out: list[Sentence] = []
    seen: set[tuple[str, ...]] = set()
    stats = {"read": 0, "test_overlap": 0, "duplicate": 0, "augmented": 0}
    for corpus in TRAIN_CORPORA:
        for sentence in read(data_dir, corpus, split):
            stats["read"] += 1
            key = sentence.key()
            if key in excluded:
                stats["test_overlap"] += 1
                continue
            if key in seen:
                stats["duplicate"] += 1
                continue
            seen.add(key)
            for _ in range((repeat or {}).get(corpus, 1)):
                out.append(sentence)
                if augment:
                    out.append(recased(sentence) if CORPORA[corpus].lowercased else lowercased(sentence))
                    stats["augmented"] += 1
    return out, stats


def to_docbin(sentences: list[Sentence], vocab) -> DocBin:
    """Sentences as Docs with gold entities (BIO → BILUO → spans)."""
    docbin = DocBin(store_user_data=False)
    for sentence in sentences:
        doc = Doc(vocab, words=sentence.words)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(sentence.tags))
        docbin.add(doc)
    return docbin


def write_corpus(data_dir: Path, out_dir: Path, seed: int = 0,
                 repeat: dict[str, int] | None = None) -> dict[str, dict[str, int]]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``out_dir``; returns per-split statistics."""
    out_dir.mkdir(parents=True, exist_ok=True)
    excluded = test_keys(data_dir)
    vocab = spacy.blank("id").vocab
    stats = {}
    for split in ("train", "dev"):
        sentences, stats[split] = training_sentences(data_dir, split, excluded, augment=split == "train",
                                                     repeat=repeat if split == "train" else None)
        random.Random(seed).shuffle(sentences)
        stats[split]["written"] = len(sentences)
        to_docbin(sentences, vocab).to_disk(out_dir / f"{split}.spacy")
    return stats


def config_text(width: int = 96, depth: int = 4, seed: int = 0, max_steps: int = 20000,
                use_averages: bool = True) -> str:
    """The training config: spaCy's CPU-efficiency NER architecture with our width, depth and seed."""
    return f"""
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "id"
pipeline = ["tok2vec","ner"]
batch_size = 1000
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${{components.tok2vec.model.encode.width}}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,2500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${{components.tok2vec.model.encode.width}}
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = 0.1
accumulate_gradient = 1
patience = 3000
max_epochs = 0
max_steps = {max_steps}
eval_frequency = 500
frozen_components = []
annotating_components = []
before_to_disk = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = {str(use_averages).lower()}
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${{paths.vectors}}
init_tok2vec = ${{paths.init_tok2vec}}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def pretrain(data_dir: Path, output: Path, config_path: Path, *, epochs: int, seed: int = 0) -> tuple[Path, Path]:
    """Pretrain the tok2vec layer (character objective) on the raw text of :mod:`.pretrain`; returns the
    weights file of the last epoch (for ``[initialize] init_tok2vec``) and the filled config, whose
    ``[pretraining]`` section training needs to know where the weights go."""
    from spacy.cli.init_config import fill_config
    from spacy.cli.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    from .pretrain import raw_sentences, write_jsonl

    raw = output / "raw.jsonl"
    write_jsonl(raw_sentences(data_dir), raw)
    base = output / "pretrain-base.cfg"
    base.write_text(config_path.read_text(encoding="utf-8").replace("[paths]\n", "[paths]\nraw_text = null\n"),
                    encoding="utf-8")
    full = output / "pretrain.cfg"
    fill_config(full, base, pretraining=True, silent=True)
    text = full.read_text(encoding="utf-8")
    text = text.replace("max_epochs = 1000", f"max_epochs = {epochs}")
    full.write_text(text, encoding="utf-8")
    weights = output / "pretrain"
    weights.mkdir(parents=True, exist_ok=True)
    config = load_config(full, overrides={"paths.raw_text": str(raw), "system.seed": seed}, interpolate=True)
    spacy_pretrain(config, weights, use_gpu=-1, silent=True)
    return weights / f"model{epochs - 1}.bin", full


def train(data_dir: Path, output: Path, *, seed: int = 0, width: int = 96, depth: int = 4,
          max_steps: int = 20000, repeat: dict[str, int] | None = None, pretrain_epochs: int = 0,
          work_dir: Path | None = None) -> Path:
    """Train and return the path of the best pipeline (``output/model-best``); with ``pretrain_epochs``
    the tok2vec layer starts from weights pretrained on raw Indonesian text."""
    from spacy.cli.train import train as spacy_train

    work = work_dir or output / "corpus"
    write_corpus(data_dir, work, seed=seed, repeat=repeat)
    config_path = output / "config.cfg"
    output.mkdir(parents=True, exist_ok=True)
    config_path.write_text(config_text(width, depth, seed, max_steps), encoding="utf-8")
    overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")}
    if pretrain_epochs:
        weights, config_path = pretrain(data_dir, output, config_path, epochs=pretrain_epochs, seed=seed)
        overrides.update({"paths.init_tok2vec": str(weights), "paths.raw_text": str(output / "raw.jsonl")})
    spacy_train(config_path, output, use_gpu=-1, overrides=overrides)
    return output / "model-best"


def install(model: Path, target: Path) -> None:
    """Copy a trained pipeline into the package (``warta/models/ner``), replacing the previous one, and
    name it in its meta.json; the model card beside it is kept."""
    card = (target / "MODEL_CARD.md").read_text(encoding="utf-8") if (target / "MODEL_CARD.md").exists() else None
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update({"name": "warta_ner", "version": "0.1.0", "author": "Warta",
                 "description": "Indonesian PER/ORG/LOC NER (tok2vec CNN + transition-based NER), "
                                "trained on IndoNLU NERGrit and NERP and idner-news-2k; see MODEL_CARD.md",
                 "license": "Apache-2.0 AND MIT AND CC-BY-SA-4.0 (see MODEL_CARD.md)", "url": ""})
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if card is not None:
        (target / "MODEL_CARD.md").write_text(card, encoding="utf-8")
