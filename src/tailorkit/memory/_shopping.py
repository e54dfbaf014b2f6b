"""Rules for how the user shops and pays, in English and in Chinese: how they pay ("I pay cash for
everything", "我网上付款只用支付宝"), where and what they buy ("I buy all my books from charity shops",
"我的书都是在旧书店买的", "电子产品我一般买官翻机"), what they will not buy or pay for ("I won't buy anything
with a subscription attached", "带订阅的东西我一概不买", "我不愿意付运费"), what they do before buying ("I
compare prices on three sites before I buy anything", "我买东西前会在三个平台比价") and what they stick to
("I stick to Fairtrade coffee").

Each is a preference in the categories the profile already states: what they buy and stick to
(``likes:<what>``), how they pay and where they shop (``uses:<what>``), what they will not buy
(``avoids:<what>``), and what they do before buying, a habit (``habit:<what>``). ``SHOPPING_EN`` and
``SHOPPING_ZH`` are their (pattern, rule) pairs, tried last in ``memory._rules_en.EN_RULES`` and
``memory._rules_zh.ZH_RULES``: they read only what no other rule did."""

from __future__ import annotations

import re

from tailorkit.memory._records import Candidate, MemoryKind
from tailorkit.memory._rules import Rule, first_up, kept_from, topic_value
from tailorkit.memory._words_en import third_person
from tailorkit.memory._words_zh import zh_clean, zh_said

__all__ = ["SHOPPING_EN", "SHOPPING_ZH"]


def _shops(text: str, what: str, category: str = "likes") -> Candidate:
    """What, where or how the user buys or pays, in their words, keyed by what it names
    (``likes:second_hand``, ``uses:charity_shop``, ``uses:cash``, ``habit:...``)."""
    kind = MemoryKind.FACT if category == "habit" else MemoryKind.PREFERENCE
    return Candidate(text, kind, f"{category}:{topic_value(what)}", importance=0.7)


_PAYMENT_EN = (
    r"cash|card|cards|debit card|credit card|paypal|apple pay|google pay|contactless|cheque|bank transfer|"
    r"my phone"
)


def _as_they_said(m: re.Match[str]) -> str:
    """The clause as a memory reads it: without "I", the verb in the third person ("Pays cash for
    everything", "Buys all my books from charity shops")."""
    said = re.sub(r"^I\s+", "", m.group(0).strip(), flags=re.I).rstrip(" ,.;!?")
    return first_up(third_person(said))


SHOPPING_EN: list[tuple[re.Pattern[str], Rule]] = [
    (  # "I pay cash for everything", "I only pay by card", "I only use PayPal when I pay online"
        re.compile(
            r"^I (?:only |always |mostly |usually |still )?pay (?:in |by |with |using )?"
            rf"(?P<how>{_PAYMENT_EN})\b"
            r"[^,;.!?]*"
            rf"|^I (?:only |always |mostly )?use (?P<h2>{_PAYMENT_EN}) "
            r"(?:when|to) (?:I )?(?:pay|buy|shop)\b[^,;.!?]*",
            re.I,
        ),
        lambda m, s: _shops(_as_they_said(m), m.group("how") or m.group("h2"), "uses"),
    ),
    (  # "I buy all my books from charity shops", "I try to buy everything from independent shops", "I mostly
        # buy refurbished electronics", "I buy in bulk and freeze things"
        re.compile(
            r"^I (?:try to |always |only |mostly |usually |tend to |prefer to |like to )?buy "
            r"(?:(?P<what>everything|most things|all my [\w-]+|my [\w-]+|(?:[\w-]+ ){0,2}?[\w-]+) "
            r"(?:from|at|in) (?P<where>[^,;.!?]{3,40})"
            r"|(?P<kind>refurbished|second-hand|secondhand|used|organic|local|british|own[- ]brand|in bulk|"
            r"fairtrade|ethical)\b[^,;.!?]*)",
            re.I,
        ),
        lambda m, s: (
            _shops(_as_they_said(m), m.group("where"), "uses")
            if m.group("where")
            else _shops(_as_they_said(m), m.group("kind"))
        ),
    ),
    (  # "I compare prices on three sites before I buy anything", "I always read the reviews before buying"
        re.compile(
            r"^I (?:always |usually |never |only |first )?(?P<do>(?!buy\b)[\w-]+(?: [\w'-]+){0,5}?) "
            r"before (?:buying|I buy|I order|ordering|paying|I pay)\b[^,;.!?]*",
            re.I,
        ),
        lambda m, s: _shops(_as_they_said(m), m.group("do"), "habit"),
    ),
    (  # "I stick to Fairtrade coffee and chocolate", "I always go for the supermarket's own brand"
        re.compile(
            r"^I (?:always |only |mostly |usually |try to )?(?:stick to|stick with|go for) "
            r"(?P<what>(?:the )?(?:supermarket's |shop's )?(?:own[- ]brand|fairtrade|organic|local|cheapest|"
            r"budget|value|second-hand|refurbished)\b[^,;.!?]*)",
            re.I,
        ),
        lambda m, s: _shops(_as_they_said(m), m.group("what")),
    ),
    (  # "Click and collect suits me better than delivery": what suits the user better
        re.compile(
            r"^(?P<what>(?!it\b|that\b|this\b)[\w\s'&-]{3,30}?) suits? me (?:better|best|more) than "
            r"(?P<other>[^,;.!?]+)",
            re.I,
        ),
        lambda m, s: _shops(
            f"Prefers {m.group('what').strip().lower()} to {m.group('other').strip()}", m.group("what")
        ),
    ),
    (  # "I never shop online", "I don't buy anything online"
        re.compile(
            r"^I (?:never|don't|do not|won't|rarely|hardly ever) "
            r"(?:shop|buy (?:anything|things|stuff|clothes)) online\b",
            re.I,
        ),
        lambda m, s: kept_from("Doesn't shop online", "avoids", "online shopping"),
    ),
    (  # "I'm not on any social media at all", "I'm not on Facebook"
        re.compile(
            r"^I(?:'m| am) not on (?:any )?"
            r"(?P<what>social media|facebook|instagram|twitter|x|tiktok|whatsapp|"
            r"linkedin|snapchat)\b",
            re.I,
        ),
        lambda m, s: kept_from(f"Not on {m.group('what')}", "avoids", m.group("what")),
    ),
]
"""The English rules, tried after every other rule."""


def _not_bought_zh(m: re.Match[str], sentence: str) -> Candidate:
    """What the user will not buy or pay for, in their words, keyed by it."""
    what = m.group("what") or m.group("w3") or f"{m.group('w2') or ''}东西"
    return kept_from(zh_said(m.group(0)), "avoids", what)


_PAY_ZH = (
    r"现金|支付宝|微信支付|微信|信用卡|银行卡|刷卡|花呗|PayPal|Apple Pay|云闪付|手机支付|团购券|优惠券|代金券"
)


SHOPPING_ZH: list[tuple[re.Pattern[str], Rule]] = [
    (  # "我买东西都用现金", "我网上付款只用支付宝", "我出去吃饭只用团购券"
        re.compile(
            r"^我(?:平时|一般)?(?P<when>买东西|付款|付钱|网上付款|网购|出去吃饭|吃饭|结账)?(?:都|只|一般|总是|基本)*(?:用|付)"
            rf"(?P<how>{_PAY_ZH})"
        ),
        lambda m, s: _shops(zh_said(m.group(0)), m.group("how"), "uses"),
    ),
    (  # "我尽量在独立小店买东西", "我每个月去一次山姆囤货", "我的书都是在旧书店买的"
        re.compile(
            # (a shop, a market, a site: not "我在攒钱买房")
            r"^我(?:尽量|一般|都|只|平时|总是)*在(?P<where>[^，。！？；,.!?;]{1,7}?(?:店|市场|超市|平台|商场|网上|菜场|集市|"
            r"铺|城|山姆|京东|淘宝|拼多多|闲鱼))买(?P<what>东西|菜|衣服|书|家具)?"
            r"|^我的(?P<w2>书|衣服|菜|家具|家电)都是在(?P<where2>[^，。！？；,.!?;]{2,8}?)买的"
        ),
        lambda m, s: _shops(re.sub(r"^我的?", "", m.group(0)), m.group("where") or m.group("where2"), "uses"),
    ),
    (  # "电子产品我一般买官翻机", "咖啡和巧克力我只买公平贸易的", "我尽量买无塑料包装的东西",
        # "我现在只买二手衣服"
        re.compile(
            r"^(?P<cat>[^，。！？；,.!?;我]{2,8})我(?:一般|都|只|尽量|总是|基本)+买(?P<what>[^，。！？；,.!?;]{2,10})"
            r"|^我(?:买东西)?(?:现在|一般|都|只|尽量|总|总是|基本)+(?:买|挑|选)(?P<w2>[^，。！？；,.!?;]{2,12})"
        ),
        lambda m, s: _shops(zh_said(m.group(0)), zh_clean(m.group("what") or m.group("w2")).rstrip("的")),
    ),
    (  # "带订阅的东西我一概不买", "我今年尽量什么新东西都不买", "我不愿意付运费"
        re.compile(
            r"^(?P<what>[^，。！？；,.!?;我]{2,10}?)的?东西我(?:一概|从来|都|坚决|一律|绝对)?不买"
            r"|^我(?:今年|现在)?(?:尽量)?什么(?P<w2>[^，。！？；,.!?;]{0,4}?)东西都不买"
            r"|^我(?:从来)?不(?:愿意|想|肯)(?:付|花|出)(?P<w3>运费|服务费|会员费|手续费|小费|配送费)"
        ),
        _not_bought_zh,
    ),
    (  # "我买东西前会在三个平台比价", "五十块以上的东西我都要先看评价再买", "我经常退货"
        re.compile(
            r"^我买东西(?:之前|前|以前)(?:都|会|总)*[^，。！？；,.!?;]{1,12}"
            r"|^[^，。！？；,.!?;我]{2,12}我(?:都|会|总)*要?先(?P<do>[^，。！？；,.!?;]{1,8})再买"
            r"|^我(?:经常|总是|老是)退货"
            r"|^我(?:一年|一个月|每年|每个月)只买(?:一|两|三|几)次(?P<what>[^，。！？；,.!?;]{1,4})"
        ),
        lambda m, s: _shops(zh_said(m.group(0)), zh_said(m.group(0)), "habit"),
    ),
]
"""The Chinese rules, tried after every other rule."""
