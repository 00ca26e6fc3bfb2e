"""normalize_url: one name per article whatever link led to it."""

from spiders.urls import normalize_url


def test_fragment_tracking_params_and_trailing_slash_are_dropped():
    assert (
        normalize_url("HTTP://News.Example.ORG:80/world/story/?utm_source=x&b=2&a=1&fbclid=z#top")
        == "http://news.example.org/world/story?a=1&b=2"
    )


def test_default_https_port_dropped_other_ports_kept():
    assert normalize_url("https://example.org:443/a") == "https://example.org/a"
    assert normalize_url("http://127.0.1.2:8080/a/") == "http://127.0.1.2:8080/a"


def test_root_path_and_blank_values_are_kept():
    assert normalize_url("https://example.org") == "https://example.org/"
    assert normalize_url("https://example.org/?q=") == "https://example.org/?q="


def test_same_article_through_different_links_gets_one_name():
    links = [
        "https://example.org/2024/05/story",
        "https://example.org/2024/05/story/",
        "https://EXAMPLE.org/2024/05/story?utm_campaign=rss&utm_medium=feed",
        "https://example.org/2024/05/story#comments",
    ]
    assert len({normalize_url(u) for u in links}) == 1
