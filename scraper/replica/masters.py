"""The master pages: SharePoint 2010 v4 and SharePoint 2013 seattle chrome around the content."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass, replace
from urllib.parse import quote

from scraper.replica import chrome, classic, dataview, grid, microdata
from scraper.replica.markup import attr
from scraper.replica.portals import (
    SHAREPOINT_2010_MASTERS,
    VIEWSTATE_BYTES,
    Master,
    Portal,
    Section,
)

VIEWSTATE_STATE = re.compile(rb"PageIndex=(\d+);")
XHTML_DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
)
HTML4_DOCTYPE = '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
SCRIPT_FILES = (
    "init.js", "core.js", "sp.runtime.js", "sp.js", "sp.ui.dialog.js", "cui.js", "ribbon.js",
    "inplview.js", "clienttemplates.js", "clientforms.js", "clientpeoplepicker.js", "autofill.js",
    "sp.core.js", "callout.js", "dragdrop.js", "followingcommon.js", "sp.ui.rte.js",
    "datepicker.js", "mquery.js", "search.clientcontrols.js", "sp.search.js",
    "sp.publishing.resources.resx",
)  # fmt: skip


@dataclass(frozen=True)
class PageParts:
    """What a page puts into its master: titles, breadcrumb, content, side zone, form state."""

    title: str
    heading: str
    breadcrumb: tuple[tuple[str, str], ...]
    main: str
    side: str
    action: str
    state: str = ""
    item_id: int = 0
    list_guid: str = ""
    # The page's own description (SharePoint 2013's hidden #ms-pageDescription).
    description: str = ""
    # The section the page belongs to (None: home, intro, contact): its web may have a master
    # of its own.
    section: Section | None = None


def page_master(portal: Portal, parts: PageParts) -> Master:
    """The master the page is built on: its section's, else the portal's."""
    return portal.master_of(parts.section) if parts.section else portal.master


def _filler(seed: str, size: int) -> bytes:
    chunks: list[bytes] = []
    digest = seed.encode()
    while len(chunks) * len(digest) < size:
        digest = hashlib.sha256(digest).digest()
        chunks.append(digest)
    return b"".join(chunks)[:size]


def viewstate(action: str, state: str, size: int = VIEWSTATE_BYTES) -> str:
    """A __VIEWSTATE of `size` bytes of filler (base64-encoded); a pager's current page travels
    inside it, as in ASP.NET."""
    payload = b"\xff\x01\x0f\x0f\x05\n-1309436452\x0f\x16\x02" + f"PageIndex={state or 1};".encode()
    return base64.b64encode(payload + _filler(action, size)).decode()


def viewstate_page(value: str) -> int | None:
    """The page index a posted __VIEWSTATE carries, or None when it is not one of ours."""
    try:
        decoded = base64.b64decode(value, validate=False)
    except ValueError:
        return None
    match = VIEWSTATE_STATE.search(decoded)
    return int(match.group(1)) if match else None


def _hidden_inputs(portal: Portal, parts: PageParts) -> str:
    digest = hashlib.sha256(parts.action.encode()).hexdigest().upper()
    fields = (
        ("MSOWebPartPage_PostbackSource", ""),
        ("MSOTlPn_SelectedWpId", ""),
        ("MSOTlPn_View", "0"),
        ("MSOGallery_SelectedLibrary", ""),
        ("MSOSPWebPartManager_DisplayModeName", "Browse"),
        ("__REQUESTDIGEST", f"0x{digest},26 Nov 2025 08:31:00 -0000"),
        ("__EVENTTARGET", ""),
        ("__EVENTARGUMENT", ""),
        ("__VIEWSTATE", viewstate(parts.action, parts.state, portal.viewstate_bytes)),
        ("__EVENTVALIDATION", base64.b64encode(_filler(digest, 240)).decode()),
    )
    return "\r\n".join(
        f'<input type="hidden" name="{name}" id="{name}" value="{attr(value)}" />'
        for name, value in fields
    )


def _scripts(portal: Portal, parts: PageParts) -> str:
    version = 4 if page_master(portal, parts) in SHAREPOINT_2010_MASTERS else 15
    layouts = "/_layouts" if version == 4 else "/_layouts/15"
    section = parts.section
    # A web that is a site collection of its own is both the page's web and its site.
    web = section.web_root if section and section.site_collection else "/"
    context = {
        "webServerRelativeUrl": web,
        "webLanguage": 1066,
        "currentLanguage": 1066,
        "webUIVersion": version,
        "pageListId": parts.list_guid,
        "pageItemId": parts.item_id,
        "alertsEnabled": False,
        "siteServerRelativeUrl": web,
        "allowSilverlightPrompt": "True",
    }
    folder = layouts[1:].replace("/", "\\u002f")
    sods = "\r\n".join(
        f'RegisterSod("{name}", "\\u002f{folder}\\u002f{name}?rev='
        f'{hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:22]}%3D%3D");'
        for name in SCRIPT_FILES
    )
    return (
        '<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = '
        "document.forms['aspnetForm'];\r\n"
        "function __doPostBack(eventTarget, eventArgument) {\r\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\r\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n   "
        " }\r\n}\r\n"
        f"var _spPageContextInfo = {json.dumps(context)};\r\n{sods}\r\n"
        'var g_presenceEnabled = true; var L_Menu_BaseUrl=""; var '
        'L_Menu_LCID="1066";\r\n//]]>\r\n</script>'
        "<noscript><div class='noindex'>You may be trying to access this site from a secured "
        "browser on the server. Please enable scripts and reload this page.</div></noscript>"
    )


def _accessibility() -> str:
    return (
        '<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex">'
        '<a id="linkTurnOnAcc" href="#" class="ms-TurnOnAcc" '
        'onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();return false;">'
        f"{chrome.ACCESSIBILITY_ON}</a></div>"
        '<div id="TurnOffAccessibility" style="display:none" class="s4-notdlg noindex">'
        '<a id="linkTurnOffAcc" href="#" class="ms-TurnOffAcc" '
        'onclick="SetIsAccessibilityFeatureEnabled(false);UpdateAccessibilityUI();return false;">'
        f"{chrome.ACCESSIBILITY_OFF}</a></div>"
        '<div class="s4-notdlg noindex"><a href="javascript:;" '
        'onclick="javascript:this.href=\'#startNavigation\';" class="ms-SkiptoNavigation" '
        f'accesskey="Y">{chrome.SKIP_RIBBON}</a></div>'
        '<div class="s4-notdlg noindex"><a href="javascript:;" '
        'onclick="javascript:this.href=\'#mainContent\';" class="ms-SkiptoMainContent" '
        f'accesskey="X">{chrome.SKIP_MAIN}</a></div>'
    )


# Linked from the menu, disallowed by robots.txt: a polite crawler never requests it.
ROBOTS_DISALLOWED_LISTING = "/Lists/NoiBo/AllItems.aspx"


def menu_items(portal: Portal) -> list[tuple[str, str]]:
    """The top menu: home, intro, every news section, services, Q&A, contact."""
    return [
        (chrome.HOME_LABEL, "/"),
        (chrome.INTRO_LABEL, "/Pages/GioiThieu.aspx"),
        *((section.name, section.listing_path) for section in portal.sections),
        (chrome.SERVICES_LABEL, "https://dichvucong.tanhoa.example.gov.vn/"),
        (chrome.QA_LABEL, "https://hoidap.tanhoa.example.gov.vn/"),
        (chrome.CONTACT_LABEL, "/Pages/LienHe.aspx"),
        (chrome.INTERNAL_LABEL, ROBOTS_DISALLOWED_LISTING),
    ]


def _menu(items: list[tuple[str, str]], css: str) -> str:
    links = "".join(
        f'<li><a href="{attr(href)}"><span class="menu-item-text">{html.escape(label)}</span></a>'
        "</li>"
        for label, href in items
    )
    return f'<ul class="{css}">{links}</ul>'


def _search_box() -> str:
    return (
        '<div class="timkiem search-box"><input type="text" name="ctl00$txtSearch" id="txtSearch" '
        f'value="" title="{chrome.SEARCH_PLACEHOLDER}" placeholder="{chrome.SEARCH_PLACEHOLDER}" />'
        f'<a href="javascript:SearchSite()" class="nut-timkiem">{chrome.SEARCH_BUTTON}</a></div>'
    )


def _footer(portal: Portal, css: str) -> str:
    lines = "".join(f"<p>{html.escape(line)}</p>" for line in portal.footer_lines)
    rss = f"/_layouts/listfeed.aspx?List={quote(portal.rss_guid, safe='')}"
    return (
        f'<div id="footer" class="{css}">{lines}<p><a href="{rss}"><img '
        'src="/_layouts/images/rss.gif" '
        'alt="RSS" /> RSS</a> | <a href="https://www.facebook.com/tananhoa.example">Facebook</a>'
        "</p></div>"
    )


def _sign_in(css: str, layouts: str) -> str:
    return (
        f'<a id="ctl00_IdWelcome_ExplicitLogin" class="{css}" '
        f'href="{layouts}/Authenticate.aspx?Source=%2F&amp;Type=Page" style="display:inline">'
        f"{chrome.SIGN_IN}</a>"
    )


def _location_popout(portal: Portal, crumbs: tuple[tuple[str, str], ...]) -> str:
    items = "".join(
        f'<li><a href="{attr(href or "#")}">{html.escape(label)}</a></li>' for label, href in crumbs
    )
    return (
        '<div class="ms-popoutMenu s4-breadcrumb-menu" id="GlobalBreadCrumbNavPopout-menu" '
        'style="display:none"><div class="s4-breadcrumb-top"><span class="s4-breadcrumb-header">'
        f'{chrome.LOCATION}</span></div><ul class="s4-breadcrumb"><li '
        'class="s4-breadcrumbRootNode">'
        f'<a href="/">{html.escape(portal.site_title)}</a></li>{items}</ul></div>'
    )


def _site_map_path(crumbs: tuple[tuple[str, str], ...]) -> str:
    links = "<span> &gt; </span>".join(
        f'<span><a href="{attr(href)}">{html.escape(label)}</a></span>'
        if href
        else f"<span>{html.escape(label)}</span>"
        for label, href in ((chrome.HOME_LABEL, "/"), *crumbs)
    )
    return (
        '<span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink">'
        f'<img alt="{chrome.SKIP_NAVIGATION}" height="0" width="0" '
        'src="/WebResource.axd?d=Zk3xY7d2&amp;t=634604" style="border-width:0px;" /></a>'
        f'{links}<a id="ctl00_SiteMapPath1_SkipLink"></a></span>'
    )


def _document(
    portal: Portal,
    parts: PageParts,
    head_extra: str,
    body_class: str,
    inner: str,
    doctype: str = XHTML_DOCTYPE,
) -> str:
    title = html.escape(parts.title)
    return (
        f"{doctype}\r\n"
        '<html dir="ltr" lang="vi-VN"><head><meta charset="utf-8" />'
        '<meta name="GENERATOR" content="Microsoft SharePoint" />'
        f'<meta name="progid" content="SharePoint.WebPartPage.Document" />{head_extra}'
        f"<title>\r\n\t{title}\r\n</title>"
        '<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css"/>'
        '<link rel="stylesheet" type="text/css" href="/Style%20Library/portal.css"/>'
        '<link rel="shortcut icon" href="/_layouts/images/favicon.ico" '
        'type="image/vnd.microsoft.icon" />'
        '</head><body scroll="no" onload="javascript:_spBodyOnLoadWrapper();" '
        f'class="{body_class}">'
        f'<form name="aspnetForm" method="post" action="{attr(parts.action)}" '
        'onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">'
        f"<div>{_hidden_inputs(portal, parts)}</div>{_scripts(portal, parts)}{inner}"
        '<script type="text/javascript">//<![CDATA[\r\nfunction WebForm_OnSubmit() { '
        "UpdateFormDigest('\\u002f', 1440000); return true; }\r\n//]]></script></form></body>"
        "</html>"
    )


def v4_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2010 page on the v4 master with the town's own header, menu and footer."""
    ribbon = (
        '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">'
        '<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"></div></div>'
        '<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">'
        '<div class="s4-breadcrumb-anchor"><a href="javascript:;" title="Navigate Up">'
        '<img src="/_layouts/images/fgimg.png" alt="Navigate Up" /></a></div>'
        f"{_location_popout(portal, parts.breadcrumb)}</div>"
        '<div class="s4-trc-container-menu"><div class="s4-trc-container">'
        f"{_sign_in('s4-signInLink', '/_layouts')}</div></div></div>"
    )
    header = (
        f'<div id="header" class="banner"><a href="/"><img src="/PublishingImages/banner-top.jpg" '
        f'alt="{attr(portal.site_title)}" /></a><div '
        f'class="ten-cong">{html.escape(portal.site_title)}'
        f"</div>{_search_box()}</div>"
        f'<div id="menu" class="menu-ngang">{_menu(menu_items(portal), "menu-chinh")}</div>'
        f'<div class="duongdan">{_site_map_path(parts.breadcrumb)}</div>'
    )
    content = (
        '<table class="khung-chinh" width="100%" cellpadding="0" cellspacing="0"><tr>'
        f'<td class="cot-trai" valign="top">{parts.side}</td><td class="cot-giua" valign="top">'
        '<div id="ctl00_MSO_ContentDiv"><a name="mainContent"></a>'
        '<table id="MSO_ContentTable" width="100%" height="100%" border="0" cellspacing="0" '
        f'cellpadding="0" class="ms-propertysheet"><tr><td class="ms-bodyareaframe" valign="top">'
        f"{parts.main}</td></tr></table></div></td></tr></table>"
    )
    inner = (
        f"{_accessibility()}{ribbon}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{header}{content}'
        f"{_footer(portal, 'chan-trang')}</div></div>"
    )
    return _document(
        portal, parts, '<meta http-equiv="X-UA-Compatible" content="IE=8"/>', "v4master", inner
    )


def seattle_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2013 page on the seattle master with the unit's quick launch and footer."""
    suite_bar = (
        '<div id="ms-designer-ribbon"><div id="suiteBar" class="ms-dialogHidden noindex">'
        '<div id="suiteBarLeft"><div class="ms-core-brandingText">SharePoint</div></div>'
        '<div id="suiteBarRight"><div id="DeltaSuiteBarRight"><div id="welcomeMenuBox">'
        f"{_sign_in('ms-signInLink', '/_layouts/15')}</div></div></div></div>"
        '<div id="s4-ribbonrow"><div id="globalNavBox" class="noindex"><div id="ribbonBox">'
        '<div id="s4-ribboncont"><div id="DeltaSPRibbon"><a id="ctl00_ctl64_ctl00" '
        f'href="javascript:;" class="ms-hide">{chrome.SKIP_RIBBON}</a></div></div></div></div>'
        "</div></div>"
    )
    crumbs = "".join(
        f'<span> › </span><a href="{attr(href)}">{html.escape(label)}</a>'
        if href
        else f"<span> › </span><span>{html.escape(label)}</span>"
        for label, href in parts.breadcrumb
    )
    title_row = (
        '<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">'
        '<div class="ms-titleareacontent"><div id="titleAreaBox" class="ms-noList ms-table">'
        '<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="/">'
        f'<img class="ms-siteicon-img" src="/SiteAssets/logo.png" alt="{attr(portal.site_title)}" '
        "/></a></div>"
        '<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><div '
        'class="ms-breadcrumb-top">'
        '<span id="GlobalBreadCrumbNavPopout" '
        f'class="ms-hide">{_location_popout(portal, parts.breadcrumb)}</span>'
        '<div id="DeltaTopNavigation" class="ms-displayInline ms-core-listMenu-horizontalBox">'
        f"{_menu(menu_items(portal), 'ms-core-listMenu-root static')}</div></div>"
        '<h1 id="pageTitle" class="ms-core-pageTitle"><span '
        'id="DeltaPlaceHolderPageTitleInTitleArea">'
        f"{html.escape(parts.heading)}</span></h1></div>{_search_box()}</div></div></div>"
    )
    quick_launch = "".join(
        f'<li><a class="ms-core-listMenu-item" href="{attr(section.listing_path.lower())}">'
        f'<span class="menu-item-text">{html.escape(section.name)}</span></a></li>'
        for section in portal.sections
    )
    content_row = (
        '<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">'
        '<div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">'
        '<a id="startNavigation" name="startNavigation" tabindex="-1"></a>'
        '<div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root '
        f'static">{quick_launch}'
        f"</ul></div></div>{parts.side}</div>"
        '<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" '
        'class="ms-notif-box"></div><div id="DeltaPlaceHolderMain">'
        '<a id="mainContent" name="mainContent" tabindex="-1"></a>'
        f'<div class="unit-breadcrumb"><a href="/">{chrome.HOME_LABEL}</a>{crumbs}</div>'
        f"{parts.main}</div></div></div>"
    )
    inner = (
        f"{_accessibility()}{suite_bar}"
        f'<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">{title_row}'
        f"{content_row}{_footer(portal, 'site-footer')}</div></div>"
    )
    return _document(
        portal, parts, '<meta http-equiv="X-UA-Compatible" content="IE=10"/>', "", inner
    )


def _suite_bar_delta(portal: Portal, parts: PageParts) -> str:
    popout = _location_popout(portal, parts.breadcrumb)
    return (
        '<div id="ms-designer-ribbon"><div id="suiteBarDelta" class="ms-dialogHidden ms-fullWidth '
        'noindex"><div class="ms-tableRow"><div id="suiteBarLeft" class="ms-tableCell">'
        '<div class="ms-core-brandingText">SharePoint</div></div><div id="suiteBarRight" '
        f'class="ms-tableCell"><div id="welcomeMenuBox">{_sign_in("ms-signInLink", "/_layouts/15")}'
        '</div></div></div></div><div id="s4-ribbonrow" style="display:none">'
        '<div id="globalNavBox" class="noindex"><div id="s4-ribboncont"><div id="DeltaSPRibbon">'
        f'<a id="ctl00_ctl41_ctl00" href="javascript:;" class="ms-hide">{chrome.SKIP_RIBBON}</a>'
        f'<span id="GlobalBreadCrumbNavPopout" class="ms-hide">{popout}</span>'
        "</div></div></div></div></div>"
    )


def _banner(portal: Portal) -> str:
    """The custom header: emblem, portal name, today's date (a chrome date), search box."""
    return (
        '<div id="dau-trang" class="hdr-2013"><a class="hdr-quochuy" href="/"><img '
        'src="/SiteAssets/quoc-huy.png" alt="Quốc huy" /></a><div class="hdr-ten">'
        f"{html.escape(portal.site_title)}</div><div "
        f'class="hdr-homnay">{chrome.TODAY_LABEL}: {chrome.TODAY_TEXT}</div>{_search_box()}</div>'
    )


def _top_menu(portal: Portal) -> str:
    # The designer's menu links each listing with its fixed query (`?ChuyenMucID=3`).
    urls = {section.listing_path: section.listing_url for section in portal.sections}
    items = [(label, urls.get(href, href)) for label, href in menu_items(portal)]
    return f'<div id="thanh-menu" class="menu-2013">{_menu(items, "menu-cap1")}</div>'


def _breadcrumb_list(crumbs: tuple[tuple[str, str], ...]) -> str:
    nodes = ((chrome.HOME_LABEL, "/"), *crumbs)
    items = "".join(
        f'<li class="ms-breadcrumbCurrentNode"><span>{html.escape(label)}</span></li>'
        if index == len(nodes) - 1
        else f'<li><a href="{attr(href or "#")}">{html.escape(label)}</a></li>'
        for index, (label, href) in enumerate(nodes)
    )
    return (
        f'<div class="thanh-dinh-vi"><span class="dinhvi-nhan">{chrome.YOU_ARE_HERE}</span>'
        f'<ul class="ms-breadcrumb">{items}</ul></div>'
    )


def _custom_footer(portal: Portal) -> str:
    lines = "".join(f"<div>{html.escape(line)}</div>" for line in portal.footer_lines)
    rss = f"/_layouts/listfeed.aspx?List={quote(portal.rss_guid, safe='')}"
    return (
        f'<div id="chan-trang" class="ft-2013"><div class="ft-thongtin">{lines}</div>'
        f'<div class="ft-lienket"><a href="/Pages/LienHe.aspx">{chrome.CONTACT_LABEL}</a> | '
        f'<a href="{rss}">RSS</a> | <a href="https://zalo.me/lachoason.example">Zalo</a></div></div>'
    )


def custom_2013_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2013 page on a designer's master: no title row or quick launch, content in
    `ctl00_DeltaPlaceHolderMain`, side zone right of it, breadcrumb as a list."""
    content = (
        '<div id="khung-giua" class="ms-table ms-fullWidth"><div class="ms-tableRow">'
        '<div id="cot-chinh" class="ms-tableCell ms-verticalAlignTop">'
        '<div id="ctl00_DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" '
        f'tabindex="-1"></a>{parts.main}</div></div>'
        f'<div id="cot-ben" class="ms-tableCell ms-verticalAlignTop">{parts.side}</div></div></div>'
    )
    inner = (
        f"{_accessibility()}{_suite_bar_delta(portal, parts)}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{_banner(portal)}{_top_menu(portal)}'
        f"{_breadcrumb_list(parts.breadcrumb)}{content}{_custom_footer(portal)}</div></div>"
    )
    return _document(
        portal, parts, '<meta http-equiv="X-UA-Compatible" content="IE=10"/>', "ms-2013", inner
    )


def custom_2010_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2010 page on a designer's master: hidden ribbon, then the vendor's banner,
    menu row, '»' breadcrumb and three table columns (see `dataview.master_body`)."""
    ribbon = (
        '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">'
        '<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"></div></div>'
        f"{_location_popout(portal, parts.breadcrumb)}"
        f'<div class="s4-trc-container">{_sign_in("s4-signInLink", "/_layouts")}</div></div>'
    )
    body = dataview.master_body(
        portal, parts.breadcrumb, parts.main, parts.side, menu_items(portal)
    )
    inner = (
        f"{_accessibility()}{ribbon}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{body}</div></div>'
    )
    return _document(
        portal, parts, '<meta http-equiv="X-UA-Compatible" content="IE=8"/>', "v4master", inner
    )


def _hidden_suite_bar(portal: Portal, parts: PageParts, skip_id: str = "ctl00_ctl53_ctl00") -> str:
    """The anonymous 2013 suite bar and ribbon, both hidden by the theme; `skip_id` is the id
    ASP.NET gives the ribbon's skip link in the master (it counts the master's controls)."""
    return (
        '<div id="ms-designer-ribbon"><div id="suiteBar" class="ms-dialogHidden noindex" '
        'style="display:none"><div id="suiteBarLeft"><div class="ms-core-brandingText">'
        'SharePoint</div></div><div id="suiteBarRight"><div id="welcomeMenuBox">'
        f"{_sign_in('ms-signInLink', '/_layouts/15')}</div></div></div>"
        '<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="noindex">'
        f'<div id="DeltaSPRibbon"><a id="{skip_id}" href="javascript:;" class="ms-hide">'
        f'{chrome.SKIP_RIBBON}</a><span id="GlobalBreadCrumbNavPopout" class="ms-hide">'
        f"{_location_popout(portal, parts.breadcrumb)}</span></div></div></div></div>"
    )


def html5_2013_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2013 page on a responsive designer's master: hidden suite bar and ribbon,
    then the vendor's HTML5 header, nav, microdata breadcrumb, side `aside` LEFT of `main`,
    footer (see `microdata.master_body`)."""
    body = microdata.master_body(
        portal, parts.breadcrumb, parts.main, parts.side, menu_items(portal)
    )
    inner = (
        f"{_accessibility()}{_hidden_suite_bar(portal, parts)}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{body}</div></div>'
    )
    head = (
        '<meta http-equiv="X-UA-Compatible" content="IE=edge"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
    )
    return _document(portal, parts, head, "dt-html5", inner)


def grid_2013_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2013 page on the GRID vendor's master: hidden suite bar and ribbon, then
    the vendor's div grid with seattle's h1#pageTitle (see `grid.master_body`)."""
    body = grid.master_body(portal, parts, menu_items(portal), legacy=False)
    inner = (
        f"{_accessibility()}{_hidden_suite_bar(portal, parts, 'ctl00_ctl47_ctl00')}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{body}</div></div>'
    )
    return _document(
        portal, parts, '<meta http-equiv="X-UA-Compatible" content="IE=10"/>', "gx-body", inner
    )


def grid_2010_page(portal: Portal, parts: PageParts) -> str:
    """A page of the GRID vendor's site collection left in SharePoint 2010 mode: hidden ribbon,
    then the same grid around the v4 title row (site name h1, page title h2)."""
    ribbon = (
        '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">'
        '<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"></div></div>'
        f"{_location_popout(portal, parts.breadcrumb)}"
        f'<div class="s4-trc-container">{_sign_in("s4-signInLink", "/_layouts")}</div></div>'
    )
    body = grid.master_body(portal, parts, menu_items(portal), legacy=True)
    inner = (
        f"{_accessibility()}{ribbon}"
        f'<div id="s4-workspace"><div id="s4-bodyContainer">{body}</div></div>'
    )
    return _document(
        portal,
        parts,
        '<meta http-equiv="X-UA-Compatible" content="IE=8"/>',
        "v4master gx-body",
        inner,
    )


def tables_2010_page(portal: Portal, parts: PageParts) -> str:
    """A SharePoint 2010 page on a master rebuilt from the department's old static site: hidden
    ribbon, then the vendor's nested layout tables (see `classic.master_body`); the browser tab
    shows the site's name on every page."""
    ribbon = (
        '<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">'
        '<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"></div></div>'
        f"{_location_popout(portal, parts.breadcrumb)}"
        f'<div class="s4-trc-container">{_sign_in("s4-signInLink", "/_layouts")}</div></div>'
    )
    inner = f"{_accessibility()}{ribbon}{classic.master_body(portal, parts, menu_items(portal))}"
    return _document(
        portal,
        replace(parts, title=portal.site_title),
        '<meta http-equiv="X-UA-Compatible" content="IE=7"/>',
        "nen",
        inner,
        HTML4_DOCTYPE,
    )


MASTER_PAGES = {
    Master.V4: v4_page,
    Master.SEATTLE: seattle_page,
    Master.CUSTOM_2013: custom_2013_page,
    Master.CUSTOM_2010: custom_2010_page,
    Master.HTML5_2013: html5_2013_page,
    Master.GRID_2013: grid_2013_page,
    Master.GRID_2010: grid_2010_page,
    Master.TABLES_2010: tables_2010_page,
}


def render_page(portal: Portal, parts: PageParts) -> str:
    """The whole page in its master (its section's, else the portal's)."""
    return MASTER_PAGES[page_master(portal, parts)](portal, parts)
