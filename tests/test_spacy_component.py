"""The entity finder as a spaCy component over blank zh (jieba) and en pipelines."""

from __future__ import annotations

import spacy
from spacy import displacy

import extractors.spacy_component  # noqa: F401  (registers the factory)


def zh_nlp():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("chainpress_entities")
    return nlp


def labelled(doc) -> set[tuple[str, str]]:
    return {(s.text, s.label_) for s in doc.spans["entities"]}


def test_traditional_text_keeps_its_own_characters() -> None:
    doc = zh_nlp()("濰坊市印發《關於推行先進製造業重點產業鏈“鏈長制”的實施意見》")
    found = labelled(doc)
    assert ("濰坊市", "GPE") in found
    assert any(label == "DOC" and text.startswith("《關於") for text, label in found)


def test_person_with_title_and_chain() -> None:
    doc = zh_nlp()("市委常委、常务副市长、鞋业产业链链长王立明出席会议并讲话")
    found = labelled(doc)
    assert ("王立明", "PERSON") in found
    assert ("鞋业产业链", "CHAIN") in found
    assert all(e.label_ for e in doc.ents)


def test_english_pipeline_and_displacy() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("chainpress_entities")
    doc = nlp("Zhang Jian, vice-mayor of Hefei and chain leader of the new energy vehicle industrial chain, said.")
    found = labelled(doc)
    assert ("Zhang Jian", "PERSON") in found and ("Hefei", "GPE") in found
    html = displacy.render(doc, style="span", options={"spans_key": "entities"})
    assert "Jian" in html and "PERSON" in html and "GPE" in html
