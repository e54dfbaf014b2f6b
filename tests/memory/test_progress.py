"""Where the user stands with a goal or a problem, said in chat: a streak kept, a result that stands until the
next try, a measure of the body, progress made, a problem that goes on and what was already tried (test112:
its first run found 0.725 / 0.775 at 50 distractors, its statements kept only as the news of a day, below the
other turns' plans for "What should I do to celebrate?" or 为什么我卡里的钱比预想的少？); and what the user is
aiming at for years (test113: 0.90 / 0.925 on its first run; 我的目标是六月通过注册会计师考试 was a plan for
June, not a goal, and fell below the other turns for 还能再接一个志愿者的活吗？); and from the sets after
them (test114 to test119) what a service still does or holds of the user, how things stand for a while, what
an experience left, a business the user runs and a setting turned off."""

from __future__ import annotations

import pytest

from tailorkit import Engine
from tailorkit.memory import MemoryKind, MemoryService, RuleExtractor
from tailorkit.memory._domains import seeks_advice
from tailorkit.memory._keep import lasts
from tailorkit.memory._remember import candidates_of
from tests.memory._reading import rules_read


@pytest.mark.parametrize(
    ("said", "standing"),
    [
        # where the user stands with a goal or a problem (test112)
        ("I've been clean from smoking for 100 days today.", True),
        ("I've done 40 days in a row on the language app.", True),
        ("Six weeks without alcohol, and counting.", True),
        ("I failed my driving theory by two marks on Monday.", True),
        ("I passed my grade 5 piano last week.", True),
        ("I got a 5 in my maths mock.", True),
        ("I failed the first year stats module and have to resit it in August.", True),
        ("My last blood test showed my iron was really low.", True),
        ("My cholesterol came back high last month.", True),
        ("My sleep tracker says I'm averaging five hours a night.", True),
        ("I've lost eight kilos since January.", True),
        ("I can now run 5k without stopping.", True),
        ("I've already reset the router twice this week and the wifi still drops every evening.", True),
        ("My credit card was cloned last week and the new one hasn't come yet.", True),
        ("I've had three interviews this month and no offers yet.", True),
        ("The replacement blender you sent is faulty too.", True),
        ("The leak under the sink is back again after the plumber's visit.", True),
        ("My essay got flagged by the plagiarism checker.", True),
        ("I sprained my ankle at netball last Thursday.", True),
        ("I got my braces fitted on Tuesday.", True),
        ("我戒烟今天满一百天了。", True),
        ("我在背单词软件上已经连续打卡四十天了。", True),
        ("周一科目一考试差两分没过。", True),
        ("我大一的统计学挂了，八月要补考。", True),
        ("上次验血说我铁含量特别低。", True),
        ("改了饮食以后我的糖化血红蛋白从八点一降到六点九了。", True),
        ("从元旦到现在我瘦了八公斤。", True),
        ("这周路由器我已经重启两次了，晚上网络还是老断。", True),
        ("航班取消的退款八个星期了还没到账。", True),
        ("这个月会员费被扣了两次。", True),
        ("我的快递在中转站卡了九天了。", True),
        ("热水器修过以后又漏水了。", True),
        ("教练说我可以约科目二考试了。", True),
        ("上周四打篮球我崴了脚。", True),
        # ... not the news of a day, nor someone else's
        ("I passed the station on my way home.", False),
        ("My friend failed his driving test.", False),
        ("I reset my password today.", False),
        ("The package arrived yesterday.", False),
        ("We had a lovely walk on Monday.", False),
        ("Still no idea what to cook tonight?", False),
        ("今天天气还是很好。", False),
        ("我们周末去爬山了。", False),
        # what the user is aiming at for years (test113)
        ("Running a marathon before forty is on my bucket list.", True),
        ("We're hoping to move to Canada in a couple of years.", True),
        ("I'd love to be able to chat with my grandparents in Cantonese.", True),
        ("Ultimately I'd like to go freelance as a photographer.", True),
        ("Clearing every last debt by the close of next year is my mission.", True),
        ("The plan is to have our own allotment and grow all our veg.", True),
        ("I'm working towards becoming a certified personal trainer.", True),
        ("I hope to open a dog grooming business next year.", True),
        ("We'd love to renovate an old farmhouse in France.", True),
        ("我们打算过两年移民加拿大。", True),
        ("等孩子们毕业了我想去学心理咨询。", True),
        ("我的梦想是有一天开一家自己的面包店。", True),
        # ... not a reply nor the plan of a day
        ("I'd love to hear more about your trip!", False),
        ("I'm hoping so.", False),
        ("The plan is to meet at six tonight.", False),
        ("My aim was to show warmth in the painting.", False),
        # how things stand for a while, until a day it names or not (test115)
        ("My glasses broke and the new ones won't be ready till next week.", True),
        ("My car's in the garage until Friday.", True),
        ("Another four weeks in plaster for this arm.", True),
        ("The dog's on cage rest after his operation.", True),
        ("The road outside is closed for roadworks all week.", True),
        ("I'm covering my manager's job while she's on leave.", True),
        ("Since the redundancy I've had no work, still looking.", True),
        ("这个月我在布莱顿帮朋友看房子。", True),
        ("我的笔记本拿去修了，现在什么都在手机上弄。", True),
        ("我眼镜坏了，新的下周才能配好。", True),
        # ... not what was so for a moment
        ("I waited until the end of the film.", False),
        ("We went to bed late after the party.", False),
        ("我去年修过一次车。", False),
        # what the user went through, told with what it left (test116)
        ("Camping in the rain in Wales put me off tents for life.", True),
        ("We took the kids to Center Parcs last year and they loved every minute.", True),
        ("I ran the Great North Run in 2019 and my knee hasn't been the same since.", True),
        ("My kids found the science museum boring, they're more into animals.", True),
        ("The last time I had an energy drink my heart was racing all night.", True),
        ("Being on a jury last year made me interested in law.", True),
        ("A massage once made my back much worse.", True),
        ("I got badly sunburnt in Greece and have been careful ever since.", True),
        ("We had a terrible experience with a builder who never finished the job.", True),
        ("上次吃生蚝我难受了两天。", True),
        ("去年当了一次陪审员以后，我对法律产生了兴趣。", True),
        ("去年试了一段时间无麸质饮食，腹胀好了很多。", True),
        # ... not an experience told without it
        ("I went to my friend's wedding in the countryside.", False),
        ("We had pizza for lunch at the office today.", False),
        ("I watched a documentary about octopuses.", False),
        ("我上周去了一趟超市。", False),
        # what a service still does or holds wrong (test114), a business run (test118), a setting turned off
        # (test119)
        ("I cancelled my gym membership in March but they still charge me.", True),
        ("三月份我就退了健身卡，他们还在扣钱。", True),
        ("我在你们系统里登记的是我婚前的名字。", True),
        ("我们在大理开了一家四间房的民宿。", True),
        ("我把个性化广告全关了。", True),
        ("I've turned off all personalised ads.", True),
        ("I opted out of the pension scheme.", True),
        ("我把灯关了。", False),
        ("I turned off the oven.", False),
        # someone close diagnosed (test120's two first-run misses)
        ("My oldest friend has just been diagnosed with cancer.", True),
        ("我最老的朋友刚查出癌症。", True),
        ("My best friend was just promoted.", False),
        # shifts said with their length (test93's 什么时候锻炼比较好？ lost it to a plan when plans came to
        # questions of when to do something)
        ("我在养老院上十二小时的夜班。", True),
        ("我在工厂上三班倒。", True),
        ("今天我上了十二小时的夜班。", False),
        # what the user is waiting on (test123's first run: 3 and 2 of its 20 statements structured)
        ("We've applied to foster and the social worker visits are still going on.", True),
        ("The adoption panel meets about us next month.", True),
        ("Social services are assessing my mum for carers coming in twice a day.", True),
        ("I'm waiting for my exam board to send my resit results.", True),
        ("My ex hasn't signed the divorce papers yet.", True),
        ("My redundancy consultation ends on Friday and I don't know if I'm staying.", True),
        ("收养评估小组下个月审核我们家。", True),
        ("我在等转诊去看皮肤科，胳膊上起了疹子。", True),
        ("I'm waiting for the bus.", False),
        ("We're waiting for the pizza to arrive.", False),
        ("我在等公交。", False),
        # a grade or a pass that something rides on (test124's one first-run miss)
        ("I need a 7 in IELTS writing for my visa, my last score was 6.", True),
        ("I need at least a B in maths to get into sixth form.", True),
        ("I have to pass my driving theory test by March.", True),
        ("I need a coffee.", False),
        ("I need 2 in the morning.", False),
        ("I need to pass the salt.", False),
        # when the user's place of work or study closes each year (test125's one first-run miss)
        ("Our whole company closes between Christmas and New Year.", True),
        ("Our factory shuts down for the first two weeks of August.", True),
        ("The school is closed for two weeks over Easter.", True),
        ("The shop closes at 6 tonight.", False),
        ("The office is closed today because of the snow.", False),
        # what the user has already read, seen, done or owns (test127's first run: 1 and 3 of its 20
        # statements structured)
        ("I've seen Coldplay live four times.", True),
        ("I've already read every Discworld novel, some of them twice.", True),
        ("I've played Zelda: Breath of the Wild to 100 percent.", True),
        ("I've already got a 4K TV in the living room.", True),
        ("五月天的演唱会我看过四次了。", True),
        ("家里已经有戴森的无线吸尘器了。", True),
        ("我已经会开手动挡了。", True),
        ("《塞尔达传说：旷野之息》我已经全收集通关了。", True),
        ("I've already done the dishes today.", False),
        ("I've been to the shop twice today.", False),
        ("I've already got tickets for Saturday.", False),
        ("我已经吃过了。", False),
        ("我今天已经看过三次手机了。", False),
        ("我在等你的消息。", False),
    ],
)
def test_what_stands_and_what_is_the_news(said: str, standing: bool) -> None:
    assert lasts(said) is standing


@pytest.mark.parametrize(
    "message",
    [
        "I've got a warning on my account for a late payment in March.",
        "I've missed two payments on my card.",
        "我三月份有一次逾期还款记录。",
    ],
)
def test_what_a_lender_sees_is_the_users_credit(message: str) -> None:
    assert "money:credit" in [topic for _, topic in rules_read(message)], rules_read(message)


def test_what_a_support_chat_asks_next_is_a_request_for_advice() -> None:
    assert seeks_advice("What are my options now?")
    assert seeks_advice("What happens next?")
    assert seeks_advice("今年夏天早餐提供什么？")  # (what a B&B's breakfast should offer: test118)
    assert not seeks_advice("What are the opening hours?")


@pytest.mark.parametrize(
    "said",
    [
        "l112en-06",
        "l112en-22",
        "l112zh-07",
        "l112zh-33",
        "l113en-37",
        "l113zh-10",
        "l113zh-26",
        "l114en-26",
        "l114en-28",
        "l114zh-35",
        "l115en-08",
        "l115en-34",
        "l115zh-05",
        "l116en-32",
        "l116en-37",
        "l116zh-35",
        "l121en-09",
        "l121en-20",
        "l123en-03",
        "l123en-11",
        "l123zh-10",
        "l123zh-15",
        "l124en-07",
        "l125en-17",
        "l126en-07",
        "l126en-08",
        "l126en-11",
        "l126en-15",
        "l126en-16",
        "l126zh-08",
        "l126zh-15",
        "l127en-08",
        "l127zh-07",
        "l127zh-14",
        "l127zh-17",
    ],
)
def test_first_run_misses_are_found_among_fifty_turns(engine: Engine, said: str) -> None:
    """Four of the first run's misses: a faulty replacement for "What are my options now?", a streak for a
    celebration, a fee charged twice for a balance lower than expected, a late repayment for a phone
    contract; three of test113's: a business to open next year for a promotion, debts to clear by next year's
    end for a ski trip, an exam in June for one more volunteering role; and three of test114's: a broken phone
    with the two-factor codes for a log-in, a mobile to call for a repair, a maiden name for an account not
    found; three of test115's: an arm in plaster for a weekend's cooking, a road closed for the plumber, a
    laptop away being repaired for a spreadsheet to fill in; three of test116's: an energy drink that raced
    the heart for what to have before an exam, a gluten-free trial for the bakery, jury service that made law
    interesting for a podcast; two of test121's: a parrot and a hamster said of by name, for a night away and
    bunk beds; four of test123's: fostering under way and an adoption panel for the spare room, carers being
    assessed for a stair lift, a referral awaited for a rash for sun cream; test124's IELTS score needed for a
    visa, for what to focus on tonight; test125's company closed between Christmas and New Year, for when to
    book the dentist; seven of test126's, how every answer is to be given, for requests that share no word
    with it; and four of test127's, what the user has already seen, owns or can do, for a concert, a
    shopping day, driving lessons and a game."""
    from tailorkit.evaluation import load_preferences

    service = MemoryService(engine.store, engine.tenant)  # the bundled embedding model
    statements, pools = load_preferences(f"test{said[1:4]}")
    (first,) = [s for s in statements if s["id"] == said]
    for k, turn in enumerate([first["statement"], *pools[first["language"]][:50]]):
        service.remember("ann", turn, source={"turn": k})
    hits = service.search("ann", first["question"], 5)
    assert any((h.memory.source or {}).get("turn") == 0 for h in hits)


@pytest.mark.parametrize(
    ("message", "reading"),
    [
        ("My dream is to open a little bakery of my own one day.",
         ("Trying to open a little bakery of my own one day", "goal:open_littl_bakeri_own_one_day")),
        ("我的目标是六月通过注册会计师考试。",
         ("目标是六月通过注册会计师考试", "goal:六月通过注册会计师考试")),
        ("我今年的目标是每周读完一本书。", ("目标是每周读完一本书", "goal:每周读完一本书")),
    ],
)  # fmt: skip
def test_an_aim_said_as_a_goal_or_a_dream_is_a_goal(message: str, reading: tuple[str, str]) -> None:
    assert reading in rules_read(message), rules_read(message)


def test_a_goal_does_not_hide_what_the_same_sentence_keeps_away_from() -> None:
    read = rules_read("My aim is to cook everything from scratch, no ready meals.")
    assert ("Avoids ready meals", "avoids:readi_meal") in read, read


@pytest.mark.parametrize(
    ("query", "own"),
    [
        ("Why can't I log in?", True),
        ("How will I hear about the repair?", True),
        ("When will my parcel arrive?", True),
        ("Why did I get this parking fine?", True),
        ("为什么查不到我的账户？", True),
        ("为什么这个月账单比平时高？", True),
        ("What's the capital of Peru?", False),
        ("Where did I move from?", False),
        ("推荐一部电影。", False),
    ],
)
def test_a_question_of_the_users_own_case_is_told_apart(query: str, own: bool) -> None:
    """(test114: a support chat's questions take what the user said of their account as it applies.)"""
    from tailorkit.memory._domains import asks_own_case

    assert asks_own_case(query) is own


def test_a_car_given_up_is_no_taste_kept_away_from() -> None:
    assert not [t for _, t in rules_read("I gave up my car, the parking permit isn't mine anymore.")]
    assert ("Avoids meat", "avoids:meat") in rules_read("I gave up meat last year.")


@pytest.mark.parametrize(
    ("message", "instruction"),
    [  # test126's first run: how every answer is to be given, said as an imperative
        ("Keep your answers under a hundred words, please.",
         "Keep your answers under a hundred words, please"),
        ("Give me the answer first, then the reasoning.", "Give me the answer first, then the reasoning"),
        ("Skip the small talk and get straight to it.", "Skip the small talk and get straight to it"),
        ("Write times in the 24-hour clock.", "Write times in the 24-hour clock"),
        ("Tell me where your facts come from.", "Tell me where your facts come from"),
        ("Use metric with me, I've no idea what an ounce is.", "Use metric with me"),
        ("Explain things to me like I'm fifteen.", "Explain things to me like I'm fifteen"),
        ("Say it straight, even if it's bad news.", "Say it straight, even if it's bad news"),
        ("My kids read over my shoulder, so keep it clean.",
         "My kids read over my shoulder, so keep it clean"),
        ("If you're not sure what I mean, ask me rather than guessing.",
         "If you're not sure what I mean, ask me rather than guessing"),
        ("Don't bother with emojis, I find them childish.", "Don't bother with emojis, I find them childish"),
        ("先说结论，再说原因。", "先说结论"),
        ("别寒暄了，直接说重点。", "直接说重点"),
        ("涉及数据请注明出处。", "涉及数据请注明出处"),
        ("时间都用24小时制写。", "时间都用24小时制写"),
        ("回答请控制在一百字以内。", "回答请控制在一百字以内"),
        ("孩子在旁边看，说话注意点，别带脏字。", "别带脏字"),
    ],
)  # fmt: skip
def test_how_every_answer_is_to_be_given_is_an_instruction(message: str, instruction: str) -> None:
    found = candidates_of(message, RuleExtractor(), context=None, said_at=1_790_000_000.0)
    assert instruction in [c.text for c in found if c.kind == MemoryKind.INSTRUCTION], found


@pytest.mark.parametrize(
    "message",
    [
        "Tell me a joke.",  # asks for one answer
        "Give me a recipe for pancakes.",
        "Keep it up!",
        "Give me a short answer: is it safe?",
        "Don't bother with the printed guide, I'm blind and use a screen reader.",
        "这个步骤别忘了。",
        "我单位的师傅是荷兰人，说话很直接。",  # of someone else
        "周围一吵我就听不清别人说话。",  # 别人, not 别
        "我比较内向，寒暄特别累。",  # 特别
        "我不想用人民币付款。",
    ],
)
def test_what_only_sounds_like_an_instruction_is_none(message: str) -> None:
    found = candidates_of(message, RuleExtractor(), context=None, said_at=1_790_000_000.0)
    assert not [c for c in found if c.kind == MemoryKind.INSTRUCTION], found


def test_treated_as_a_student_is_no_job_and_a_student_studies() -> None:
    assert not [t for _, t in rules_read("给我讲东西的时候，当我是个初中生。") if t in ("job", "study")]
    assert ("是初中生", "study") in rules_read("我是个初中生。")


def test_an_instruction_applies_to_any_request_not_to_a_word_searched(engine: Engine) -> None:
    """Said once among fifty turns, what the user asked of every answer comes with a request it shares no
    word with; a search of a word or two ("pancakes") is not a request."""
    from tailorkit.evaluation import load_preferences

    service = MemoryService(engine.store, engine.tenant)  # the bundled embedding model
    _, pools = load_preferences("test126")
    turns = [
        "Give me the answer first, then the reasoning.",
        *pools["en"][:50],
        "Please leave parcels with my neighbour at number 12.",  # how to deliver: not asked of every answer
    ]
    for k, turn in enumerate(turns):
        service.remember("ann", turn, source={"turn": k})
    for request in ("Why is the sky blue?", "Can you tell me a joke?", "What's a good name for a goldfish?"):
        asked = [(h.memory.source or {}).get("turn") for h in service.search("ann", request, 5)]
        assert 0 in asked, (request, asked)
    # (a request for advice, or of why in the user's own case, ranks every standing memory, this one too)
    asked = [(h.memory.source or {}).get("turn") for h in service.search("ann", "Can you tell me a joke?", 5)]
    assert 51 not in asked
    searched = service.search("ann", "pizza", 5)
    assert 0 not in [(h.memory.source or {}).get("turn") for h in searched]
