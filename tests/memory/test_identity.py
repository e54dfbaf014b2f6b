"""Who the user is in the ways a sign-up form asks, said in chat: whether they are married or single, where
they grew up, when they were born, what they drive, their home and household. Each was only kept in the
user's words before (a probe of 160 plain statements of this kind found 43 that no rule read)."""

from __future__ import annotations

import pytest

from tailorkit import Engine
from tailorkit.memory import MemoryService
from tailorkit.memory._domains import applies_to
from tailorkit.testing import HashEmbedder
from tests.memory._reading import rules_read


@pytest.mark.parametrize(
    ("message", "text", "topic"),
    [
        # whether they have a partner
        ("I'm divorced.", "Is divorced", "relationship"),
        ("I'm divorced with two kids.", "Is divorced", "relationship"),
        ("We're happily married.", "Is married", "relationship"),
        ("I got engaged in May!", "Is engaged", "relationship"),
        ("I'm a widower.", "Is widowed", "relationship"),
        ("I'm going through a divorce.", "Is getting divorced", "relationship"),
        ("We've been married for twenty years.", "Has been married for twenty years", "relationship"),
        ("我离婚了。", "离婚了", "relationship"),
        ("我单身。", "单身", "relationship"),
        ("我结婚十年了。", "结婚十年了", "relationship"),
        # where they come from, when they were born
        ("I grew up in Glasgow.", "Grew up in Glasgow", "origin"),
        ("I'm originally from Nigeria.", "Is originally from Nigeria", "origin"),
        ("I was born on the Isle of Wight.", "Was born on the Isle of Wight", "origin"),
        ("I was born in 1985.", "Was born in 1985", "born"),
        ("我在广州长大。", "老家是广州", "origin"),
        ("我老家是四川的。", "老家是四川", "origin"),
        ("我是东北人。", "老家是东北", "origin"),
        ("我是85年的。", "85年出生", "born"),
        # what they drive
        ("I drive a Prius.", "Drives a Prius", "device:car"),
        ("I have a Fiat 500.", "Drives a Fiat 500", "device:car"),
        ("I've got a van.", "Has a van", "device:car"),
        ("我开一辆丰田普锐斯。", "开丰田普锐斯", "device:car"),
        ("我开的是特斯拉。", "开特斯拉", "device:car"),
        # their household and home
        ("We have twins.", "Has twins", "family:children"),
        ("我有一对双胞胎。", "有一对双胞胎", "family:children"),
        ("I'm an only child.", "Is an only child", "family:siblings"),
        ("我是独生子女。", "是独生子女", "family:siblings"),
        ("I'm a grandmother of five.", "Has five grandchildren", "family:grandchildren"),
        ("我有五个孙子。", "有五个孙子", "family:grandchildren"),
        ("We own our home.", "Owns their home", "housing:own"),
        ("I have a mortgage.", "Owns their home", "housing:own"),
        ("房子是我们自己的。", "自己有房", "housing:own"),
        ("I live in the countryside.", "Lives in the countryside", "housing:area"),
        ("我跟男朋友同居。", "和男朋友一起住", "housing:同住"),
        ("我在照顾得了老年痴呆的爸爸。", "照顾我爸爸", "family:爸爸:care"),
        # work, faith, habits, languages
        ("I'm on maternity leave.", "On maternity leave", "work:leave"),
        ("我在休产假。", "在休产假", "work:leave"),
        ("I'm an atheist.", "Is atheist", "faith"),
        ("我是无神论者。", "是无神论者", "faith"),
        ("I smoke.", "Smokes", "habit:smoke"),
        ("I vape.", "Vapes", "habit:smoke"),
        ("I'm on a diet.", "On a diet", "goal:lose_weight"),
        ("I'm intermittent fasting.", "Does intermittent fasting", "diet"),
        ("我会说粤语。", "会说粤语", "language"),
        ("英语是我的第二语言。", "母语不是英语", "language"),
        ("我穿四十二码的鞋。", "穿四十二码的鞋", "size:shoes"),
        # what more the rules now read, found on the way
        ("I'm in debt.", "In debt", "budget:general"),
        ("I've got a student loan.", "Has a student loan", "budget:general"),
        ("我靠助学贷款生活。", "靠助学贷款生活", "budget:general"),
        ("I have a blue badge.", "Has a blue badge", "health:blue_badg"),
        ("我有残疾人停车证。", "有残疾人停车证", "health:残疾人停车证"),
        ("My daughter is a teenager.", "Daughter is a teenager", "family:daughter:age"),
        ("I just got a tattoo.", "Has a new tattoo", "health:tattoo"),
        ("我刚纹了身。", "刚纹了身", "health:纹身"),
        ("We live in a two-bedroom flat.", "Lives in a two-bedroom flat", "housing:type"),
    ],
)
def test_who_the_user_is_is_read(message: str, text: str, topic: str) -> None:
    assert rules_read(message) == [(text, topic)]


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("I'm in Toronto if that matters for availability", [("Lives in Toronto", "home")]),
        ("I'm based in Toronto.", [("Lives in Toronto", "home")]),
        ("I'm in the UK.", [("Lives in the UK", "home")]),
        ("I'm in Berlin, so evenings are CET for me.", [("Lives in Berlin", "home")]),
        ("我在多伦多。", [("住在多伦多", "home")]),
        ("我现在人在上海，时差比较大", [("住在上海", "home")]),
        ("我目前住杭州", [("住在杭州", "home")]),
        # a place only passed through, or no place at all
        ("I'm in London this week.", []),
        ("I'm in Berlin for a conference.", []),
        ("I'm in Sales.", []),
        ("I'm in Year 11.", []),
        ("I'm in a meeting.", []),
        ("我在家", []),
        ("我在忙", []),
        ("我在学校", []),
    ],
)
def test_where_the_user_is_said_with_in_alone_is_read_where_it_names_a_place(
    message: str, read: list[tuple[str, str]]
) -> None:
    """ "I'm in Toronto if that matters for availability" (walked through the OpenAI route) was kept only in
    the user's words, and "I'm based in Toronto", 我在多伦多 not at all: a place's name (GeoNames' cities,
    countries, US states, in English or Chinese) after "I'm in", "based in", 在 or 住 is where they live,
    unless the sentence says it is for a while."""
    assert [r for r in rules_read(message) if r[1] == "home"] == read


@pytest.mark.parametrize(
    ("message", "read"),
    [
        (
            "I'm from Brazil but live in Lisbon now.",
            [("Is originally from Brazil", "origin"), ("Lives in Lisbon", "home")],
        ),
        (
            "Originally from Seoul, now in Berlin.",
            [("Is originally from Seoul", "origin"), ("Lives in Berlin", "home")],
        ),
        ("I'm a nurse in Toronto.", [("Works as a nurse", "job"), ("Lives in Toronto", "home")]),
        ("I'm a teacher in London this term.", [("Works as a teacher", "job")]),
        ("I'm gluten free.", [("Is gluten-free", "diet:gluten_free")]),
        ("running is out for me", [("Avoids running", "avoids:run")]),
        ("The new album is out now.", []),
        # what is out, said after why ("walked on the demo coach": "Has dodgy knee" only)
        (
            "I have a dodgy left knee so running is out",
            [("Has dodgy knee", "health:knee"), ("Avoids running", "avoids:run")],
        ),
        ("The meeting is out.", []),
        # where the user works, by a place's name: no employer ("我在多伦多工作" was 'employer')
        ("I work in Toronto.", [("Works in Toronto", "work:place")]),
        ("I work in Sales.", [("Works in Sales", "work:field")]),
        ("我在多伦多工作", [("在多伦多工作", "work:place")]),
        ("我在阿里巴巴工作", [("在阿里巴巴工作", "employer")]),
        ("I speak French and a bit of Spanish.", [("Speaks French and a bit of Spanish", "language")]),
    ],
)
def test_two_things_said_in_one_clause_are_both_read(message: str, read: list[tuple[str, str]]) -> None:
    """A probe of plain things said in passing: "I'm from Brazil but live in Lisbon now" was read as 'Lives
    in Brazil', "I'm a nurse in Toronto" kept no home, "I speak French and a bit of Spanish" no Spanish,
    "I'm gluten free" and "running is out for me" nothing."""
    assert rules_read(message) == read


@pytest.mark.parametrize(
    ("message", "read"),
    [
        (
            "My 9-year-old daughter loves horses.",
            [("Daughter is 9", "family:daughter:age"), ("Daughter loves horses", "family:daughter_hors")],
        ),
        (
            "my six year old gets scared easily",
            [("Child is 6", "family:child:age"), ("Child gets scared easily", "family:child_scari")],
        ),
        ("I have a six-year-old daughter.", [("Daughter is 6", "family:daughter:age")]),
        ("I have a daughter who is 6.", [("Daughter is 6", "family:daughter:age")]),
        ("Our son is easily frightened", [("Son gets scared easily", "family:son_scari")]),
    ],
)
def test_a_child_named_by_their_age_is_read_with_their_age(message: str, read: list[tuple[str, str]]) -> None:
    """ "My 9-year-old loves horses" was read as '9-year-old loves horses' (of someone called 9-year-old),
    "I have a six-year-old daughter" as 'Has a six-year-old', and "my six year old gets scared easily" not at
    all: a child named by their age is that child, of that age."""
    assert rules_read(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "I'm married to my job these days.",  # no partner said
        "I'm engaged in a long project at work.",
        "I grew up in a big family.",  # no place
        "I have a golf lesson on Friday.",  # no car
        "I have a car seat for the baby.",
        "我开的是网店。",  # a shop, not a car
        "我在聋人家庭长大。",  # a home, not a place
        "我结婚的时候请了三十桌。",  # when it was
    ],
)
def test_what_only_looks_like_who_the_user_is_is_not_read_so(message: str) -> None:
    topics = {topic.split(":")[0] for _, topic in rules_read(message)}
    assert not topics & {"relationship", "origin", "born", "device"}, rules_read(message)


def test_a_new_relationship_status_replaces_the_old_one_and_shows_in_the_profile(engine: Engine) -> None:
    engine.ingest_users([{"user": "sam", "consent_profiling": True}])
    memories = MemoryService(engine.store, engine.tenant, embedder=HashEmbedder())
    memories.remember("sam", "I'm engaged.")
    memories.remember("sam", "I grew up in Glasgow.")
    memories.remember("sam", "We got married in June!")
    active = {m.text for m in memories.list("sam")}
    assert "Is married" in active and "Is engaged" not in active
    told = {t["topic"]: t["text"] for t in engine.profile("sam").told}
    assert told["relationship"] == "Is married" and told["origin"] == "Grew up in Glasgow"


def test_a_partner_or_none_bears_on_a_date_and_where_one_grew_up_on_its_food() -> None:
    assert applies_to("Is divorced", "Any ideas for Valentine's Day?")
    assert applies_to("离婚了", "情人节怎么过？")
    assert applies_to("Grew up in Glasgow", "What should I cook for Christmas dinner?")
    assert not applies_to("Is divorced", "Which podcast should I listen to on my commute?")


@pytest.mark.parametrize(
    ("message", "texts"),
    [
        ("We've got an air fryer now and use it for nearly everything.", ["Has an air fryer"]),
        ("I keep a set of kettlebells at home.", ["Has a set of kettlebells"]),
        ("I've got a National Trust membership.", ["Has a National Trust membership"]),
        ("We only have Netflix and Disney+, no other streaming.", ["Has Netflix"]),
        ("Our car has a roof box and a bike rack.", ["Has a roof box"]),
        ("My only pan is a wok.", ["Has only a wok"]),
        ("I've only got an old iPad, no computer.", ["Has an old iPad", "Has no computer"]),
        ("We have a small balcony but no garden.", ["Has no garden"]),  # (it was "Avoids garden")
        ("我们家现在有台空气炸锅，什么都用它做。", ["有空气炸锅"]),
        ("我们在海边有套小房子。", ["有小房子"]),
        ("我办了公园年卡。", ["办了公园年卡"]),
        ("我在家用升降桌办公。", ["有升降桌"]),
        ("我家就一口炒锅。", ["只有一口炒锅"]),
        ("我家就一台烤箱。", ["只有一台烤箱"]),  # (it was "只有一口烤箱")
        ("我只有一台旧iPad，没有电脑。", ["有旧iPad", "没有电脑"]),
        ("我们家有洗碗机，但没有烘干机。", ["有洗碗机", "家里没有烘干机"]),  # (not "有烘干机")
    ],
)
def test_what_the_user_has_is_read(message: str, texts: list[str]) -> None:
    """test104, written cold, says what the user has; 12 of its English and 6 of its Chinese statements were
    read by a rule on its first run."""
    assert [text for text, _ in rules_read(message)] == texts


@pytest.mark.parametrize(
    "message",
    [
        "I have a meeting at ten.",
        "I've got a cold.",
        "I have a camera bag on my wish list.",
        "I've got a shed load of work this week.",
        "We have a pool table in the garage.",
        "I've got a season ticket at Arsenal.",  # a club followed, as before
        "我有个问题。",
        "我现在基本都用Kindle看书。",  # how the user reads, as before
    ],
)
def test_what_only_looks_like_something_owned_is_not_read_so(message: str) -> None:
    assert not [topic for _, topic in rules_read(message) if topic.startswith("device:")], rules_read(message)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I pay cash for everything, cards make me overspend.", "uses:cash"),
        ("I only use PayPal when I pay online.", "uses:paypal_pay_onlin"),  # (an older rule reads it)
        ("I buy all my books from charity shops.", "uses:chariti_shop"),
        ("I mostly buy refurbished electronics.", "likes:refurbish"),
        ("I stick to Fairtrade coffee and chocolate.", "likes:fairtrad_coffe_chocol"),
        ("I compare prices on three sites before I buy anything.", "habit:compar_price_three_site"),
        ("Click and collect suits me better than delivery, I'm never home.", "likes:click_collect"),
        ("I never shop online, I like to see things before I buy them.", "avoids:onlin_shop"),
        ("I'm not on any social media at all.", "avoids:social_media"),
        ("I don't have a credit card and don't want one.", "household:no_credit_card"),
        ("我网上付款只用支付宝。", "uses:支付宝"),
        ("我的书都是在旧书店买的。", "uses:旧书店"),
        ("电子产品我一般买官翻机。", "likes:官翻机"),
        ("带订阅的东西我一概不买。", "avoids:带订阅"),
        ("我不愿意付运费，宁可等包邮。", "avoids:运费"),
        ("我从来不网购，买东西要先看到实物。", "avoids:网购"),
        ("我没有信用卡，也不想办。", "household:no_信用卡"),
        # how the body has become ("变差", "下降"): test100's statement fell to sixth at 50 as words alone
        ("我视力变差了，现在干什么都得戴老花镜。", "health:视力"),
    ],
)
def test_how_the_user_shops_and_pays_is_read(message: str, topic: str) -> None:
    """test105, written cold, says how the user shops and pays; 11 of its English and 20 of its Chinese
    statements were kept only in the user's words on its first run."""
    assert topic in [t for _, t in rules_read(message)], rules_read(message)


def test_saving_up_for_something_stays_a_goal_not_a_shop() -> None:
    """ "我在攒钱买房" is saving for a home (a goal), not a place the user shops ("在攒钱" was read as a shop
    on the way)."""
    assert [t for _, t in rules_read("我在攒钱买房，最近不想乱花钱。")] == ["goal:买房"]


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I've used up all my annual leave this year.", "work:leave_left"),
        ("我今年的年假已经用完了。", "work:leave_left"),
        ("My passport runs out in February.", "travel:passport"),
        ("我的护照明年二月到期。", "travel:passport"),
        ("我有港澳通行证，没有护照。", "household:no_护照"),
        ("I've been to Paris a dozen times already.", "travel:been_paris"),
        ("巴黎我已经去过十几次了。", "travel:been_巴黎"),
        ("I have to be back by Sunday night for work.", "schedule:back"),
        ("我周日晚上必须赶回来上班。", "schedule:back"),
        ("I get altitude sickness above about 3,000 metres.", "health:altitud_sick"),
        ("我海拔三千米以上就会高反。", "health:高反"),
        ("我往东飞倒时差特别难受。", "health:时差"),
        ("海滩度假对我来说太无聊了。", "likes:海滩度假"),
    ],
)
def test_how_the_user_travels_is_read(message: str, topic: str) -> None:
    """test106, written cold, says how the user travels; its first run missed annual leave used up in both
    languages, and 巴黎我已经去过十几次了, 我周日晚上必须赶回来上班, 海滩度假对我来说太无聊了 at 50."""
    assert topic in [t for _, t in rules_read(message)], rules_read(message)


@pytest.mark.parametrize(
    ("message", "not_job"),
    [
        ("I'm a good baker but hopeless at icing.", "Works as a good baker"),  # how good, not a living
        ("I'm a handy gardener, I grow all our veg.", "Works as a handy gardener"),
        ("我水性很好，以前当过救生员。", "职业是以前当过救生员"),  # a job once had
        ("我在饭店后厨干过，做一大桌菜没问题。", "职业是一大桌菜没问题"),  # what the user can cook
    ],
)
def test_a_skill_or_a_job_once_had_is_not_the_users_job(message: str, not_job: str) -> None:
    """test110 said what the user can do; four of its statements were read as the user's job."""
    assert not_job not in [text for text, _ in rules_read(message)]
    assert "job" not in [topic for _, topic in rules_read(message)]


def test_never_having_flown_alone_is_not_never_having_flown() -> None:
    """test110's "I've never flown alone" was read as "Has never flown"."""
    assert "travel:never_plane" not in [topic for _, topic in rules_read("I've never flown alone.")]
    assert ("Has never flown", "travel:never_plane") in rules_read("I've never flown.")


def test_a_job_said_with_a_qualification_is_still_a_job() -> None:
    assert ("Works as a qualified electrician", "job") in rules_read("I'm a qualified electrician.")
    assert ("职业是持证电工", "job") in rules_read("我是持证电工。")
