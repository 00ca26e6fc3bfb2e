"""The crawling side: one generic Scrapy spider driven by the outlet YAML files."""
