"""chainpress's entity finder as a spaCy pipeline component, for spaCy and displaCy users.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
>>> _ = nlp.add_pipe("chainpress_entities")
>>> doc = nlp("市政府副秘书长、市总链办副主任张榜桃表示")
>>> [(s.text, s.label_) for s in doc.spans["entities"] if s.label_ == "PERSON"]
[('张榜桃', 'PERSON')]

The component normalises the Doc's text (glosses, width, traditional → simplified), finds
mentions there, and maps them back to the Doc's own characters; every mention becomes a
``doc.char_span`` in ``doc.spans["entities"]`` (overlaps allowed) and, without overlaps, in
``doc.ents``. A mention that does not fall on token boundaries is not widened: it is counted
in ``doc.user_data["chainpress_unaligned"]`` instead.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from extractors.entities import find_mentions
from pipeline.normalize import normalize


@Language.component(
    "chainpress_entities",
    assigns=["doc.spans", "doc.ents"],
)
def chainpress_entities(doc: Doc) -> Doc:
    """Label PERSON, ORG, GPE, CHAIN, DOC and TITLE spans in ``doc``."""
    norm = normalize(doc.text)
    language = "en" if doc.lang_ == "en" else "zh"
    spans = []
    unaligned = 0
    for mention in find_mentions(norm.text, language):
        start, end = norm.offsets.original_span(mention.start, mention.end)
        span = doc.char_span(start, end, label=mention.label)
        if span is None:
            unaligned += 1
            continue
        spans.append(span)
    doc.spans["entities"] = spans
    doc.ents = filter_spans(spans)
    doc.user_data["chainpress_unaligned"] = unaligned
    return doc
