"""The replica portals as data: theme, sections, URL schemes, page kinds and paging styles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from functools import cache
from urllib.parse import urlencode

from scraper.replica.content import (
    Composition,
    SourceArticle,
    TitleBook,
    as_notice,
    compose_articles,
)
from scraper.replica.dates import DateFormat, DateLayout
from scraper.replica.pool import TOWN_TEXTS, TextPool, Topic

# Raw bytes of filler in each page's __VIEWSTATE (a few KB, base64-encoded on the page).
VIEWSTATE_BYTES = 4200
# The columns of a SharePoint list view of news: title, date, category.
LIST_VIEW_COLUMNS = ("Tiêu đề", "Ngày xuất bản", "Phân loại")
# Rewritten (friendly) URLs: listing pages `/<folder>/trang-<n>.aspx`; deleted items keep a
# month folder like every other article.
PAGED_PATH_STEM = "trang-"
DELETED_ITEM_MONTH = "2019/03"


class Master(Enum):
    """The SharePoint master page a portal is built on."""

    V4 = "SharePoint 2010 v4.master"
    SEATTLE = "SharePoint 2013 seattle.master"
    CUSTOM_2013 = (
        "SharePoint 2013 custom master: ctl00_DeltaPlaceHolderMain, side zone on the right"
    )
    CUSTOM_2010 = "SharePoint 2010 custom master: three table columns, plain-text breadcrumb"
    HTML5_2013 = (
        "SharePoint 2013 responsive master: HTML5 header/nav/aside/footer, side zone on the left, "
        "microdata breadcrumb list"
    )
    GRID_2013 = (
        "SharePoint 2013 custom master: the vendor's div grid, h1#pageTitle with a hidden page "
        "description, side zone on the right"
    )
    GRID_2010 = (
        "the same vendor's grid on a site collection left in SharePoint 2010 mode: v4 title row, "
        "the site name in h1 and the page title in h2"
    )
    TABLES_2010 = (
        "SharePoint 2010 master rebuilt from a 2000s static site: nested layout tables, font and "
        "center tags, the same <title> on every page, no content container id"
    )


# Masters whose web parts sit in SharePoint 2010 zone tables (webUIVersion 4).
SHAREPOINT_2010_MASTERS = frozenset(
    {Master.V4, Master.CUSTOM_2010, Master.GRID_2010, Master.TABLES_2010}
)


class ArticlePart(Enum):
    """The portal vendor's own markup: article web part, publishing layout, news lists, pager."""

    VIETNAMESE = "div.chitiettin with tieude/ngaydang/tomtat/noidung classes"
    ENGLISH = "article.news-detail with article-heading/post-meta/article-body classes"
    LABELS = "table of ASP.NET labels: span#…_lblTenBai, …_lblThoiGian, div#…_pnlNoiDung"
    DATAVIEW = "SharePoint Designer data view: font title, ms-vh/ms-vb rows, ExternalClass body"
    MICRODATA = "HTML5 header/footer/aside with schema.org microdata: itemprop headline, time"
    GRID = "div grid with short BEM-like class names: gx-ar__tt, gx-ar__mt, gx-ar__sp, gx-ar__bd"
    CLASSIC = (
        "2000s layout tables: strong/font title, classes without meaning (style1, Normal), a "
        "<br><br> body, the byline, counter and dates after it"
    )


class PageKind(Enum):
    """The three kinds of article page (PORTAL.md section 3)."""

    CUSTOM_PART = "custom article web part above an empty display form"
    FILLED_FORM = "filled list display form"
    PUBLISHING = "publishing page"


class Paging(Enum):
    """The three paging styles (PORTAL.md section 4)."""

    LINKS = "plain page links"
    LIST_VIEW = "list view RefreshPageTo links"
    POSTBACK = "ASP.NET __doPostBack pager"


class FormSchema(Enum):
    """The content type of the filled display forms: its field labels and form toolbar."""

    EXTENDED_NEWS = "Tin Tức Mở Rộng: Tóm tắt, Nội dung, Ngày xuất bản, Tác giả; toolbar above"
    DIRECTIVE_NEWS = "Tin chỉ đạo điều hành: Trích yếu, Nội dung chi tiết, Ngày đăng; Close below"
    # Rendered with the DATAVIEW vendor's pages (`dataview_articles.portal_article_form`).
    PORTAL_ARTICLE = "Bài viết cổng: Mô tả ngắn, Nội dung bài viết, Thời gian đăng; Alert Me above"
    # Rendered with the MICRODATA vendor's pages (`microdata_articles.release_form`).
    RELEASE = "Tin bài phát hành: SharePoint's publishing site columns relabelled; Shared With"
    # Rendered with the GRID vendor's pages (`grid_articles.notice_form`).
    NOTICE = "Thông báo của Sở: Số ký hiệu, Nội dung tóm tắt, Ngày đăng tin, Đơn vị ban hành"
    # Rendered with the CLASSIC vendor's pages (`classic_articles.announcement_form`).
    ANNOUNCEMENT = (
        "SharePoint's own Announcements list on an English site: Title, Body, Expires; the "
        "publication shows only in 'Created at'"
    )


class FieldNaming(Enum):
    """How the list fields' internal names look."""

    ASCII = "ASCII (TomTat)"
    ENCODED = "encoded (T_x00f3_m_x0020_t_x1eaf_t)"


@dataclass(frozen=True)
class Category:
    """A category of a section: its id in the URLs and its name."""

    cate_id: int
    name: str


@dataclass(frozen=True)
class Categories:
    """Category listings that split a section (`<listing_path>?CateID=<id>&<page_param>=<n>`);
    the section's `article_page` renders any article under any of their ids.

    An article is filed under the category named like its topic (the general one when none
    is), and every `cross_list_every`-th article of a topical category is listed in the
    general category too: one article, two URLs.

    With `bare_main_url` the categories are sub-menus instead: the section's own listing links
    every article without a category id (its main URL, `?id=<n>`), a category's listing links
    the category's articles with its id after the item's (`?id=<n>&m=<id>`), an article
    without a category is in no category listing, and there is no general category.
    """

    listing_path: str
    items: tuple[Category, ...]
    general: int
    param: str = "CateID"
    cross_list_every: int = 2
    bare_main_url: bool = False

    def by_id(self, cate_id: int) -> Category | None:
        """The category with that id, or None."""
        return next((item for item in self.items if item.cate_id == cate_id), None)

    def listing_ids(self, article: SourceArticle) -> tuple[int, ...]:
        """The ids of the categories that list the article, its own category first."""
        named = (item.cate_id for item in self.items if item.name == article.category)
        if self.bare_main_url:
            return tuple(named)[:1]
        own = next(named, self.general)
        if own != self.general and article.variant % self.cross_list_every == 0:
            return (own, self.general)
        return (own,)


@dataclass(frozen=True)
class TitleArea:
    """What the title area of a SharePoint 2013 master (`h1#pageTitle` and its hidden page
    description) shows on the section's pages; by default the section's name, no description."""

    # Fixed words shown on every article page instead of the section's name ("Chi tiết tin").
    article_heading: str = ""
    article_description: str = ""
    listing_description: str = ""


@dataclass(frozen=True)
class Section:
    """A news section: its list or web, listing page, paging and article page kind."""

    key: str
    name: str
    kind: PageKind
    paging: Paging
    listing_path: str
    date_layouts: tuple[DateLayout, ...]
    count: int
    first_id: int
    seed: int
    page_size: int = 8
    page_param: str = "Page"
    listing_query: tuple[tuple[str, str], ...] = ()
    web: str = ""
    deleted_ids: tuple[int, ...] = ()
    list_guid: str = "{00000000-0000-0000-0000-000000000000}"
    view_guid: str = "{00000000-0000-0000-0000-000000000000}"
    pager_guid: str = "00000000_0000_0000_0000_000000000000"
    view_label: str = "Lượt xem"
    category_label: str = "Chuyên mục"
    # A custom part on a page of its own (no form under it) and its id parameter (`?idTin=<n>`).
    article_page: str = ""
    id_param: str = "ID"
    # Publishing pages filed in one folder per publication day: `Pages/2023-01-30/<slug>.aspx`.
    dated_pages: bool = False
    # Rewritten URLs under this folder: articles `/<folder>/<yyyy>/<mm>/<slug>-<id>.aspx`,
    # listing pages `/<folder>/trang-<n>.aspx` (page number in the path).
    folder: str = ""
    # Fixed parameters before the id on a custom part's own page (`?CateID=12&ItemID=<n>`).
    item_query: tuple[tuple[str, str], ...] = ()
    # Publishing pages filed in a folder of the Pages library and named by their id:
    # `Pages/<pages_folder>/<id>.aspx`.
    pages_folder: str = ""
    # The list's display form page (SharePoint Designer can add one under another name).
    form_page: str = "DispForm.aspx"
    # Category listings splitting the section; its article page takes any of their ids.
    categories: Categories | None = None
    # The Pages library item of a custom part's own page: every article it renders carries this
    # `_spPageContextInfo.pageItemId` (0: the article's own id).
    page_item_id: int = 0
    title_area: TitleArea = TitleArea()
    # The breadcrumb ends with the article's title (SharePoint 2010's site map path).
    title_crumb: bool = False
    # A web on a master of its own (None: the portal's), and whether it is a site collection of
    # its own (`_spPageContextInfo` then names it as web and site).
    master: Master | None = None
    site_collection: bool = False
    # The section's own topics instead of the portal's pool's (notices).
    topics: tuple[Topic, ...] = ()
    # Notices cut short: a lead and one paragraph, or one paragraph and a `Nguồn:` line.
    short_notices: bool = False
    # A list without a lead field: a short notice is one paragraph, or one and a source line.
    notice_leads: bool = True
    # False: the section's pages show no category (a list without such a field).
    categorized: bool = True
    # False: the section's pages show no view counter.
    view_counter: bool = True
    # The columns of the section's list view (two: no category column).
    list_columns: tuple[str, ...] = LIST_VIEW_COLUMNS

    @property
    def sub_menus(self) -> bool:
        """Whether the section's categories are sub-menus (`Categories.bare_main_url`)."""
        return self.categories is not None and self.categories.bare_main_url

    @property
    def web_root(self) -> str:
        """The web's server-relative root: '' for the root web, '/chuyen-de' for a sub-web."""
        return f"/{self.web}" if self.web else ""

    @property
    def list_root(self) -> str:
        """The list's folder, e.g. '/Lists/TinTucSuKien' (or '/co-so/Lists/…' in a sub-web)."""
        return f"{self.web_root}/Lists/{self.key}"

    @property
    def listing_url(self) -> str:
        """The listing's path with its fixed query, e.g. '/tin-tuc/danh-sach.aspx?ChuyenMucID=3'."""
        if not self.listing_query:
            return self.listing_path
        return f"{self.listing_path}?{urlencode(self.listing_query)}"

    def article_path(self, article: SourceArticle) -> str:
        """The article's main path (what its canonical URL is built from): under its own
        category when the section has categories (that are not sub-menus)."""
        if self.categories is not None and not self.sub_menus:
            return self.category_item_path(article.item_id, self.article_categories(article)[0])
        if self.kind is PageKind.PUBLISHING and self.pages_folder:
            return self._folder_page(article.item_id)
        if self.kind is PageKind.PUBLISHING:
            folder = f"{article.published:%Y-%m-%d}/" if self.dated_pages else ""
            return f"{self.web_root}/Pages/{folder}{article.slug}.aspx"
        if self.folder:
            return f"/{self.folder}/{article.published:%Y/%m}/{article.slug}.aspx"
        return self._item_path(article.item_id)

    def alternate_paths(self, article: SourceArticle) -> list[str]:
        """The article's paths under the other categories that list it (under every category
        that lists it when its main path names none)."""
        categories = self.article_categories(article)
        if not self.sub_menus:
            categories = categories[1:]
        return [self.category_item_path(article.item_id, category) for category in categories]

    def article_categories(self, article: SourceArticle) -> tuple[Category, ...]:
        """The categories whose listings link the article, its own first."""
        if self.categories is None:
            return ()
        found = (self.categories.by_id(cate_id) for cate_id in article.listed_in)
        return tuple(category for category in found if category is not None)

    def category_item_path(self, item_id: int, category: Category) -> str:
        """The article page rendering the item under the category, e.g.
        '/Pages/chi-tiet-tin.aspx?CateID=2&ItemID=412' (a sub-menu's id follows the item's:
        '/TinTuc/XemTin.aspx?id=3405&m=12')."""
        param = self.categories.param if self.categories else "CateID"
        pairs = ((param, str(category.cate_id)), (self.id_param, str(item_id)))
        if self.sub_menus:
            pairs = pairs[::-1]
        return f"{self.article_page}?{urlencode(pairs)}"

    def category_listing_url(self, category: Category) -> str:
        """The first page of the category's listing."""
        if self.categories is None:
            return self.listing_url
        query = urlencode(((self.categories.param, str(category.cate_id)),))
        return f"{self.categories.listing_path}?{query}"

    def deleted_category(self, item_id: int) -> Category | None:
        """The category whose listing links the deleted item (None without categories, or
        with sub-menus: the section's own listing links it)."""
        if self.categories is None or self.sub_menus:
            return None
        items = self.categories.items
        return items[self.deleted_ids.index(item_id) % len(items)]

    def deleted_path(self, item_id: int) -> str:
        """The path a listing links for a deleted item."""
        if (category := self.deleted_category(item_id)) is not None:
            return self.category_item_path(item_id, category)
        if self.kind is PageKind.PUBLISHING and self.pages_folder:
            return self._folder_page(item_id)
        if self.kind is PageKind.PUBLISHING:
            return f"{self.web_root}/Pages/bai-da-xoa-{item_id}.aspx"
        if self.folder:
            return f"/{self.folder}/{DELETED_ITEM_MONTH}/tin-da-go-{item_id}.aspx"
        return self._item_path(item_id)

    def paged_path(self, page: int) -> str:
        """A listing page with its number in the path, e.g. '/kinh-te/trang-2.aspx'."""
        return f"/{self.folder}/{PAGED_PATH_STEM}{page}.aspx"

    def _folder_page(self, item_id: int) -> str:
        return f"{self.web_root}/Pages/{self.pages_folder}/{item_id}.aspx"

    def _item_path(self, item_id: int) -> str:
        if self.article_page:
            query = urlencode((*self.item_query, (self.id_param, str(item_id))))
            return f"{self.article_page}?{query}"
        return f"{self.list_root}/{self.form_page}?ID={item_id}"

    def attachment_path(self, article: SourceArticle, file_name: str) -> str:
        """Where a list attachment of the article lives."""
        return f"{self.list_root}/Attachments/{article.item_id}/{file_name}"


@dataclass(frozen=True)
class Portal:
    """One portal: its master, article web part, form conventions, chrome texts, sections."""

    name: str
    site_title: str
    master: Master
    article_part: ArticlePart
    field_naming: FieldNaming
    comment_lines: int
    footer_lines: tuple[str, ...]
    sections: tuple[Section, ...]
    rss_guid: str
    visitor_count: int
    start: datetime
    end: datetime
    # Benchmark portals: real SharePoint 2010 pages carry 30-60 KB of __VIEWSTATE.
    viewstate_bytes: int = VIEWSTATE_BYTES
    # Benchmark portals with thousands of articles hand out titles in constant time.
    title_book: type[TitleBook] = TitleBook
    form_schema: FormSchema = FormSchema.EXTENDED_NEWS
    texts: TextPool = TOWN_TEXTS
    # False: no page shows a view counter, so no article has a view count.
    view_counter: bool = True
    # Between day, month and year in the vendor's own lists (listings, side lists, home page);
    # SharePoint's list views always write '/'.
    date_separator: str = "/"
    # Articles published since the replica's first state (incremental recrawls): one more at
    # the top of each of the first sections in turn (see published_since).
    new_articles: int = 0
    # ... and articles revised since: the newest of each of the first sections in turn, its
    # title (so its lists) changed.
    revised_articles: int = 0

    def section(self, key: str) -> Section:
        """The section with that key."""
        return next(section for section in self.sections if section.key == key)

    def master_of(self, section: Section) -> Master:
        """The master the section's pages are built on."""
        return section.master or self.master


TOWN = Portal(
    name="town",
    site_title="Cổng thông tin điện tử Thị xã Tân An Hòa",
    master=Master.V4,
    article_part=ArticlePart.VIETNAMESE,
    field_naming=FieldNaming.ASCII,
    comment_lines=3,
    footer_lines=(
        "ỦY BAN NHÂN DÂN THỊ XÃ TÂN AN HÒA",
        "Chịu trách nhiệm chính: Ông Trương Văn Kiên - Chánh Văn phòng HĐND và UBND thị xã",
        "Địa chỉ: Số 12 đường Hùng Vương, Phường Hòa Phú Mới, thị xã Tân An Hòa",
        "Điện thoại: (0272) 3841 000 - Fax: (0272) 3841 001 - Email: ubnd@tananhoa.example.gov.vn",
    ),
    sections=(
        Section(
            key="TinTucSuKien",
            name="Tin tức sự kiện",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.LINKS,
            listing_path="/Lists/TinTucSuKien/TongQuat.aspx",
            listing_query=(("CategoryID", "TinTucSuKien"),),
            page_param="PageIndex",
            date_layouts=(DateLayout((DateFormat.WEEKDAY_LONG, DateFormat.SHORT)),),
            count=20,
            first_id=101,
            seed=2101,
            page_size=6,
            deleted_ids=(97, 99),
            list_guid="{6B1F3C2A-4D5E-4F60-8A71-92B3C4D5E6F7}",
            view_label="Lượt người xem",
        ),
        Section(
            key="ThongBao",
            name="Thông báo",
            kind=PageKind.FILLED_FORM,
            paging=Paging.LIST_VIEW,
            listing_path="/Lists/ThongBao/AllItems.aspx",
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=16,
            first_id=1,
            seed=2102,
            page_size=5,
            deleted_ids=(17,),
            list_guid="{A3C5E7F9-1B2D-4F6A-8C0E-2A4C6E8F0B1D}",
            view_guid="{C0FFEE12-3456-4789-ABCD-EF0123456789}",
        ),
        Section(
            key="HoatDongXaPhuong",
            name="Hoạt động xã, phường",
            kind=PageKind.PUBLISHING,
            paging=Paging.POSTBACK,
            listing_path="/hoatdong/Pages/default.aspx",
            web="hoatdong",
            date_layouts=(
                DateLayout((DateFormat.POSTED,), DateFormat.UPDATED),
                DateLayout((DateFormat.UPDATED,)),
                DateLayout((DateFormat.POSTED,)),
            ),
            count=15,
            first_id=1,
            seed=2103,
            page_size=5,
            deleted_ids=(90,),
            list_guid="{5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9}",
            pager_guid="8f2a41c7_5b3d_4e69_9a10_c2d3e4f5a6b7",
            category_label="Lĩnh vực",
        ),
    ),
    rss_guid="{6B1F3C2A-4D5E-4F60-8A71-92B3C4D5E6F7}",
    visitor_count=327253,
    start=datetime(2013, 1, 1),
    end=datetime(2023, 12, 31),
)

UNIT = Portal(
    name="unit",
    site_title="Trang thông tin điện tử Huyện Vĩnh Lạc Đông",
    master=Master.SEATTLE,
    article_part=ArticlePart.ENGLISH,
    field_naming=FieldNaming.ENCODED,
    comment_lines=1,
    footer_lines=(
        "ỦY BAN NHÂN DÂN HUYỆN VĨNH LẠC ĐÔNG",
        "Chịu trách nhiệm chính: Bà Lâm Thị Ngọc Hà - Phó Chủ tịch UBND huyện",
        "Địa chỉ: Khu phố 2, thị trấn Vĩnh Lạc Đông - Điện thoại: (0272) 3950 210",
        "Ghi rõ nguồn khi phát hành lại thông tin từ trang này",
    ),
    sections=(
        Section(
            key="TinHoatDong",
            name="Tin hoạt động",
            kind=PageKind.PUBLISHING,
            paging=Paging.LINKS,
            listing_path="/tin-tuc/Pages/default.aspx",
            web="tin-tuc",
            date_layouts=(
                DateLayout((DateFormat.SPELLED,)),
                DateLayout((DateFormat.SPELLED,), DateFormat.UPDATED),
                DateLayout((DateFormat.SHORT,)),
            ),
            count=18,
            first_id=1,
            seed=3101,
            page_size=6,
            deleted_ids=(77,),
            list_guid="{9D8C7B6A-5F4E-4D3C-8B2A-19087F6E5D4C}",
            category_label="Lĩnh vực",
        ),
        Section(
            key="TinChuyenNganh",
            name="Tin chuyên ngành",
            kind=PageKind.CUSTOM_PART,
            paging=Paging.POSTBACK,
            listing_path="/Pages/TinChuyenNganh.aspx",
            date_layouts=(
                DateLayout((DateFormat.SENT,)),
                DateLayout((DateFormat.SENT,), DateFormat.UPDATED),
            ),
            count=16,
            first_id=201,
            seed=3102,
            page_size=5,
            deleted_ids=(199,),
            list_guid="{1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D}",
            pager_guid="3c9e0d12_7f41_4a8b_b5c6_d7e8f9a0b1c2",
            view_label="Số lượt xem",
        ),
        Section(
            key="ThongBaoVanBan",
            name="Thông báo - Văn bản",
            kind=PageKind.FILLED_FORM,
            paging=Paging.LIST_VIEW,
            listing_path="/Lists/ThongBaoVanBan/AllItems.aspx",
            date_layouts=(DateLayout((DateFormat.FORM,)),),
            count=14,
            first_id=1,
            seed=3103,
            page_size=4,
            deleted_ids=(15,),
            list_guid="{F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9}",
            view_guid="{0BADC0DE-1234-4567-89AB-CDEF01234567}",
        ),
    ),
    rss_guid="{F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9}",
    visitor_count=58114,
    start=datetime(2016, 1, 1),
    end=datetime(2024, 6, 30),
)

PORTALS = (TOWN, UNIT)


def _section_articles(portal: Portal, section: Section, titles: TitleBook) -> list[SourceArticle]:
    spec = Composition(
        count=section.count,
        first_id=section.first_id,
        seed=section.seed,
        with_attachments=section.kind is not PageKind.PUBLISHING,
        start=portal.start,
        end=portal.end,
        texts=portal.texts,
        topics=section.topics,
    )
    return [as_published(portal, section, article) for article in compose_articles(spec, titles)]


def as_published(portal: Portal, section: Section, article: SourceArticle) -> SourceArticle:
    """A composed article as the portal publishes it: filed in its categories, cut to a notice,
    without a category or a view count where no page shows one."""
    if section.categories is not None:
        ids = section.categories.listing_ids(article)
        own = section.categories.by_id(ids[0]) if ids else None
        article = replace(article, category=own.name if own else None, listed_in=ids)
    if section.short_notices:
        article = as_notice(article, portal.texts.sources, leads=section.notice_leads)
    if not section.categorized:
        article = replace(article, category=None)
    if not portal.view_counter or not section.view_counter:
        article = replace(article, view_count=None)
    return article


def _compose_portals(
    portals: tuple[Portal, ...], titles: TitleBook
) -> dict[str, dict[str, tuple[SourceArticle, ...]]]:
    """Portal name -> section key -> articles; titles are unique across the given portals."""
    return {
        portal.name: {
            section.key: tuple(_section_articles(portal, section, titles))
            for section in portal.sections
        }
        for portal in portals
    }


@cache
def _replica_articles() -> dict[str, dict[str, tuple[SourceArticle, ...]]]:
    return _compose_portals(PORTALS, TitleBook())


@cache
def portal_articles(portal: Portal) -> dict[str, tuple[SourceArticle, ...]]:
    """Section key -> the section's articles (the replica portals share one title book)."""
    if portal.new_articles or portal.revised_articles:
        first_state = replace(portal, new_articles=0, revised_articles=0)
        return published_since(portal_articles(first_state), portal)
    if portal in PORTALS:
        return _replica_articles()[portal.name]
    return _compose_portals((portal,), portal.title_book())[portal.name]


def published_since(
    articles: dict[str, tuple[SourceArticle, ...]], portal: Portal
) -> dict[str, tuple[SourceArticle, ...]]:
    """The portal's articles, `portal.new_articles` more published after all of them (the
    i-th a follow-up of the newest article of section i, cycling, with the next item id, a new
    slug and title, a day after the newest article of the portal), and the newest article of
    each of the first `portal.revised_articles` sections with its title revised."""
    grown = {key: list(section) for key, section in articles.items()}
    newest = max(article.published for section in articles.values() for article in section)
    for number in range(portal.new_articles):
        section = portal.sections[number % len(portal.sections)]
        own = grown[section.key]
        latest = max(articles[section.key], key=lambda article: article.published)
        item_id = max(article.item_id for article in own) + 1
        while item_id in section.deleted_ids:
            item_id += 1
        own.append(
            replace(
                latest,
                item_id=item_id,
                slug=f"{latest.slug}-tiep-theo-{number + 1}",
                title=f"Tiếp theo ({number + 1}): {latest.title}",
                published=newest + timedelta(days=number + 1),
                modified=None,
            )
        )
    for number in range(portal.revised_articles):
        key = portal.sections[number % len(portal.sections)].key
        latest = max(articles[key], key=lambda article: article.published)
        own = grown[key]
        own[own.index(latest)] = replace(latest, title=f"{latest.title} (đã cập nhật)")
    return {key: tuple(section) for key, section in grown.items()}


def all_portal_articles() -> list[SourceArticle]:
    """Every article of every replica portal."""
    return [
        article
        for portal in PORTALS
        for articles in portal_articles(portal).values()
        for article in articles
    ]


def portal_by_name(name: str) -> Portal:
    """'town' or 'unit' -> its definition."""
    return next(portal for portal in PORTALS if portal.name == name)


def generate_articles(n: int, seed: int) -> list[SourceArticle]:
    """n articles from the same pool (for a large benchmark portal), reproducible from seed."""
    spec = Composition(
        count=n,
        first_id=1,
        seed=seed,
        with_attachments=True,
        start=datetime(2010, 1, 1),
        end=datetime(2024, 12, 31),
    )
    return compose_articles(spec, TitleBook())
