from pipelines.corpus import to_html
from pipelines.extract import extract

ARTICLE = (
    "Veltra recalls 48,000 SUVs over fuel pump fires\n"
    "Veltra Motors is recalling 48,000 Arcadia SUVs because a faulty fuel pump can cause engine "
    "fires, the company said on Tuesday.\nOwners will be notified by mail and dealers will "
    "replace the pump free of charge."
)


def test_article_text_is_kept_and_chrome_dropped():
    for n in range(3):
        got = extract(to_html(ARTICLE, "recall", n), "https://news.example/recall")
        assert got is not None
        assert "faulty fuel pump can cause engine fires" in got.text
        assert "dealers will replace the pump" in got.text
        assert "All rights reserved" not in got.text
        assert "Accept" not in got.text


def test_metadata_title_date_canonical():
    got = extract(to_html(ARTICLE, "recall", 0), "https://news.example/other")
    assert got is not None
    assert got.title and "Veltra" in got.title
    assert got.canonical_url == "https://ledger.example/recall"
    dated = extract(to_html(ARTICLE, "recall", 1), "https://news.example/recall")
    assert dated is not None and dated.published == "2024-05-02"


def test_page_without_an_article_is_none():
    menu = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>"
    assert extract(menu, "https://news.example/") is None
    assert extract("", None) is None
    assert extract("<html><body><p>Short caption.</p></body></html>", None) is None
