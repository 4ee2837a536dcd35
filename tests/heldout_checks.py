"""What the held-out portals' tests share: each portal as its tests see it, and a served portal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import pytest

from scraper.replica.__main__ import parse_args
from scraper.replica.heldout import HELDOUT, HELDOUT_CHROME_STRINGS, HELDOUT_PORTALS
from scraper.replica.heldout2 import HELDOUT2, HELDOUT2_CHROME_STRINGS, HELDOUT2_PORTALS
from scraper.replica.heldout3 import HELDOUT3, HELDOUT3_CHROME_STRINGS, HELDOUT3_PORTALS
from scraper.replica.pages import SiteData, article_page
from scraper.replica.portals import PageKind, Paging, Portal, Section, portal_articles
from scraper.replica.server import ReplicaServer, serve_replica
from tests.test_replica import fetch

Record = dict[str, Any]
# Names SharePoint (and Word) give every portal: master, web part chrome, forms, hidden fields.
SHAREPOINT_NAME = re.compile(r"^(ms-|s4-|MSO|Mso|__|onetidinfoblock|ExternalClass|WebPart)")


@dataclass(frozen=True)
class CustomPart:
    """Where a held-out portal's custom article part stands, and how it lists other news."""

    section: Section
    # What the URL of an article of the part shows.
    url: re.Pattern[str]
    # The part lies between these two strings of its page.
    start: str
    end: str
    # Inside the part: the heading of the section's other news, and their dates.
    news_heading: str
    news_date: re.Pattern[str]


@dataclass(frozen=True)
class HeldOutPortal:
    """A held-out portal as its tests see it."""

    portal: Portal
    # The portals its `--<name>` flag serves (the portal alone).
    portals: tuple[Portal, ...]
    chrome_strings: Sequence[str]
    # The "next page" link of its link-paged listing, and what each href of that link shows.
    next_link: re.Pattern[str]
    next_href: re.Pattern[str]
    # The articles whose pages, with the home and listing pages, show every chrome string.
    chrome_articles: Callable[[list[Record]], list[Record]]
    custom_part: CustomPart

    @property
    def name(self) -> str:
        return self.portal.name


def section_records(records: list[Record], section: Section) -> list[Record]:
    return [record for record in records if record["section"] == section.name]


def first_records(portal: Portal, records: list[Record]) -> list[Record]:
    """The first expected record of every section of the portal."""
    return [section_records(records, section)[0] for section in portal.sections]


def _heldout_chrome_articles(records: list[Record]) -> list[Record]:
    # The file list shows only on articles with files.
    links_section = HELDOUT.section("TinDiaPhuong")
    with_files = [r for r in section_records(records, links_section) if r["attachments"]]
    return [*first_records(HELDOUT, records), with_files[0]]


def _heldout2_chrome_articles(records: list[Record]) -> list[Record]:
    # Poster rows, file rows and every "Nguồn tin" value show only on some articles.
    custom, form = HELDOUT2.section("TinKinhTeXaHoi"), HELDOUT2.section("TinCoSo")
    return [
        *first_records(HELDOUT2, records),
        *(r for r in records if r["section"] in (custom.name, form.name)),
    ]


def _heldout3_chrome_articles(records: list[Record]) -> list[Record]:
    # File lists show only on some articles.
    publishing = HELDOUT3.section("PhongSuKySu")
    return [
        *(r for r in records if r["section"] != publishing.name),
        *section_records(records, publishing)[:1],
    ]


HELD_OUT = HeldOutPortal(
    portal=HELDOUT,
    portals=HELDOUT_PORTALS,
    chrome_strings=HELDOUT_CHROME_STRINGS,
    next_link=re.compile(r'<a href="([^"]+)" title="Trang kế tiếp">'),
    next_href=re.compile(r"ChuyenMucID=3&amp;page="),
    chrome_articles=_heldout_chrome_articles,
    custom_part=CustomPart(
        section=HELDOUT.section("TinDiaPhuong"),
        url=re.compile(re.escape("/tin-tuc/chi-tiet.aspx?idtin=")),
        start="_tblChiTiet",
        end="</table></div>",
        news_heading="Các tin khác",
        news_date=re.compile(r"\(\d{2}/\d{2}/\d{4}\)"),
    ),
)
HELD_OUT2 = HeldOutPortal(
    portal=HELDOUT2,
    portals=HELDOUT2_PORTALS,
    chrome_strings=HELDOUT2_CHROME_STRINGS,
    next_link=re.compile(r'<a href="([^"]+)">Tiếp theo</a>'),
    next_href=re.compile(r"\A/kinh-te-xa-hoi/trang-\d+\.aspx\Z"),
    chrome_articles=_heldout2_chrome_articles,
    custom_part=CustomPart(
        section=HELDOUT2.section("TinKinhTeXaHoi"),
        url=re.compile(r"/kinh-te-xa-hoi/\d{4}/\d{2}/[a-z0-9-]+-\d+\.aspx$"),
        start='<font size="4"',
        end="Ý kiến bạn đọc",
        news_heading="Tin cùng chuyên mục",
        news_date=re.compile(r"\[\d{2}/\d{2}/\d{4}\]"),
    ),
)
HELD_OUT3 = HeldOutPortal(
    portal=HELDOUT3,
    portals=HELDOUT3_PORTALS,
    chrome_strings=HELDOUT3_CHROME_STRINGS,
    next_link=re.compile(r'<a rel="next" href="([^"]+)">Xem tiếp'),
    next_href=re.compile(r"trang="),
    chrome_articles=_heldout3_chrome_articles,
    custom_part=CustomPart(
        section=HELDOUT3.section("BanTinHuyen"),
        url=re.compile(r"/pages/chitiettin\.aspx\?cateid=12&itemid=\d+$"),
        start='class="tt-chitiet"',
        end="</main>",
        news_heading="Tin cùng loại",
        news_date=re.compile(r"\(\d{2}/\d{2}/\d{4}\)"),
    ),
)
HELD_OUT_PORTALS = (HELD_OUT, HELD_OUT2, HELD_OUT3)


@dataclass(frozen=True)
class ServedPortal:
    """A held-out portal served on 127.0.0.1, with its expected records."""

    held_out: HeldOutPortal
    replica: ReplicaServer
    records: list[Record]

    @property
    def portal(self) -> Portal:
        return self.held_out.portal

    def url(self, path: str) -> str:
        """A path of the portal -> its URL on the replica."""
        return urljoin(self.replica.base_url(self.portal.name), path)

    def listing_url(self, section: Section) -> str:
        return self.url(section.listing_url)

    def section_paged_by(self, paging: Paging) -> Section:
        return next(section for section in self.portal.sections if section.paging is paging)

    def section_records(self, section: Section) -> list[Record]:
        return section_records(self.records, section)

    def first_record(self, section: Section) -> Record:
        return self.section_records(section)[0]

    def custom_part(self) -> tuple[Record, str]:
        """The first custom part article -> its record and the part of its page."""
        layout = self.held_out.custom_part
        record = self.first_record(layout.section)
        page = page_text(str(record["url"]))
        return record, page[page.index(layout.start) : page.index(layout.end)]

    def section_titles(self, section: Section) -> set[str]:
        return {article.title for article in portal_articles(self.portal)[section.key]}

    def titles_on(self, page: str) -> set[str]:
        """The titles of the portal's articles that the page shows."""
        text = unicodedata.normalize("NFC", page)
        return {
            article.title
            for articles in portal_articles(self.portal).values()
            for article in articles
            if article.title in text
        }


@contextmanager
def serving(held_out: HeldOutPortal) -> Iterator[ServedPortal]:
    """Serve the held-out portal alone for the duration of the block."""
    with serve_replica(port=0, portals=held_out.portals) as replica:
        yield ServedPortal(held_out, replica, replica.expected_records(held_out.name))


def served_fixture(held_out: HeldOutPortal) -> object:
    """A module-scoped fixture `served`: the held-out portal, served for the test module."""

    @pytest.fixture(scope="module", name="served")
    def served() -> Iterator[ServedPortal]:
        with serving(held_out) as portal:
            yield portal

    return served


@dataclass(frozen=True)
class FormWithFiles:
    """What a display form with files of a held-out portal shows."""

    section: Section
    # In the form's URL, lowercased.
    url_part: str
    # (label, internal name) of fields, and what stands between the two in a field's comment.
    fields: tuple[tuple[str, str], ...]
    name_separator: str
    content_type: str
    # In the URL of every attached file.
    attachments_part: str


def check_form_with_files(served: ServedPortal, form: FormWithFiles) -> Record:
    """Fetch the section's first form with files and check what it shows -> its record."""
    record = next(r for r in served.section_records(form.section) if r["attachments"])
    assert form.url_part in str(record["url"])
    page = page_text(str(record["url"]))
    for label, name in form.fields:
        assert f'FieldName="{label}"{form.name_separator}FieldInternalName="{name}"' in page
        assert f"SPBookmark_{name}" in page
    assert f"Content Type: {form.content_type}" in page
    file_url = record["attachments"][0]["url"]
    assert form.attachments_part in file_url
    assert fetch(file_url)[0] == 200
    return record


def page_text(url: str) -> str:
    """GET a page that must answer 200 -> its text in NFC."""
    status, body = fetch(url)
    assert status == 200, url
    return unicodedata.normalize("NFC", body)


def nfc_page(url: str) -> str:
    """GET a page, whatever it answers -> its text in NFC."""
    return unicodedata.normalize("NFC", fetch(url)[1])


class ClassesAndIds(HTMLParser):
    """Collects every class name and id of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "class" and value:
                self.names.update(value.split())
            elif name == "id" and value:
                self.names.add(value)


def article_page_names(portals: tuple[Portal, ...]) -> set[str]:
    """Class names and ids of every article page of the portals."""
    parser = ClassesAndIds()
    for portal in portals:
        site = SiteData(portal, "http://127.0.0.1:8000/")
        for section in portal.sections:
            for article in portal_articles(portal)[section.key]:
                parser.feed(article_page(site, section, article, section.article_path(article)))
    return parser.names


def vendor_names_shared(
    portals: tuple[Portal, ...], others: tuple[Portal, ...], sharepoint_names: frozenset[str]
) -> set[str]:
    """Class names and ids the portals' article pages share with the others' beyond the names
    SharePoint gives every portal."""
    shared = article_page_names(portals) & article_page_names(others)
    return {
        name for name in shared if not SHAREPOINT_NAME.match(name) and name not in sharepoint_names
    }


def check_served_alone(
    replica: ReplicaServer, portal: Portal, earlier: Sequence[Portal], flag: str, other: str
) -> None:
    """A held-out portal is apart from the earlier ones and served alone under its own
    command-line flag, which excludes the others."""
    assert portal not in earlier
    assert replica.portal_names() == [portal.name]
    assert getattr(parse_args([f"--{flag}", "--port", "0"]), flag)
    assert not getattr(parse_args([]), flag)
    with pytest.raises(SystemExit):
        parse_args([f"--{other}", f"--{flag}"])


def check_fixed_counts(portal: Portal, ids: dict[str, list[int]]) -> None:
    """The portal's article ids per section, and every page kind and paging style, are data."""
    articles = portal_articles(portal)
    assert {key: [a.item_id for a in group] for key, group in articles.items()} == ids
    assert {section.kind for section in portal.sections} == set(PageKind)
    assert {section.paging for section in portal.sections} == set(Paging)
