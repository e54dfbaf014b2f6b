"""Profiles: declared beats inferred, consent, Chinese and mixed text, no events, evidence, incremental."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tailorkit import Engine, InputError, Settings, UserNotFoundError
from tailorkit.profiles import keywords

ITEMS = [
    {"item": "m1", "title": "Alien (1979)", "tags": ["Sci-Fi", "Horror"]},
    {"item": "m2", "title": "Blade Runner (1982)", "tags": ["Sci-Fi"]},
    {"item": "m3", "title": "Singin' in the Rain (1952)", "tags": ["Musical", "Romance"]},
    {"item": "m4", "title": "The Sound of Music (1965)", "tags": ["Musical"]},
    {"item": "m5", "title": "Heat (1995)", "tags": ["Crime", "Thriller"]},
]


def _setup(engine: Engine) -> None:
    engine.ingest_items(ITEMS)
    rows = [
        ("fan", "m1", 5),
        ("fan", "m2", 5),
        ("fan", "m3", 1),
        ("fan", "m4", 2),
        ("fan", "m5", 3),
        ("other", "m3", 4),
        ("other", "m4", 5),
        ("other", "m5", 4),
        ("other", "m1", 2),
    ]
    engine.ingest_events(
        [
            {"user": u, "item": i, "kind": "rate", "value": v, "timestamp": 1_000 + k}
            for k, (u, i, v) in enumerate(rows)
        ]
    )
    engine.profiles.rebuild()


def test_likes_dislikes_behaviour_and_summary(engine: Engine) -> None:
    _setup(engine)
    p = engine.profile("fan")
    assert p.top("genre", 1) == ["Sci-Fi"]
    assert "genre:Musical" in [i.feature for i in p.dislikes]
    assert p.behaviour["ratings"] == 5 and p.behaviour["rating_mean"] == pytest.approx(3.2)
    assert p.behaviour["preferred_periods"][0] in ("1970s", "1980s") and p.behaviour["events_per_week"] == 5
    assert p.summary.startswith("Enjoys Sci-Fi") and "Musical" in p.summary


def test_declared_beats_inferred_and_forget_sticks(engine: Engine) -> None:
    _setup(engine)
    engine.profiles.set("fan", "dislikes", "Sci-Fi")
    engine.profiles.set("fan", "likes", "Musical")
    p = engine.profile("fan")
    assert p.likes[0].feature == "genre:Musical" and p.likes[0].declared
    assert "genre:Sci-Fi" in [i.feature for i in p.dislikes]
    engine.profiles.forget("fan", "genre:Horror")
    engine.profiles.rebuild(["fan"])
    assert "genre:Horror" not in {
        i.feature for i in engine.profile("fan").likes + engine.profile("fan").dislikes
    }
    engine.profiles.forget("fan", "likes")
    assert "likes" not in engine.profile("fan").explicit


def test_a_forgotten_genre_leaves_the_top_genres_too(engine: Engine) -> None:
    _setup(engine)
    assert engine.profile("fan").top("genre", 1) == ["Sci-Fi"]
    engine.profiles.forget("fan", "genre:Sci-Fi")
    assert "Sci-Fi" not in engine.profile("fan").top_genres


def test_what_has_decayed_to_nothing_is_neither_a_like_nor_a_dislike(engine: Engine) -> None:
    """Ratings from decades before the user's last event weigh about 1e-17 after the decay: not a like or
    a dislike to show (the summary once said "dislikes Comedy" of a rating of 1970)."""
    engine.ingest_items(ITEMS)
    old = [("m1", 5.0), ("m3", 1.0), ("m4", 2.0)]
    engine.ingest_events(
        [{"user": "ann", "item": i, "kind": "rate", "value": v, "timestamp": 1_000} for i, v in old]
    )
    engine.ingest_events([{"user": "ann", "item": "m5", "kind": "view"}])  # now
    engine.profiles.rebuild()
    p = engine.profile("ann")
    assert {i.feature for i in p.likes if i.kind == "genre"} == {"genre:Crime", "genre:Thriller"}
    assert p.dislikes == [] and "islike" not in p.summary


def test_declared_age_and_locale_are_checked(engine: Engine) -> None:
    _setup(engine)
    engine.profiles.set("fan", "age", "31")
    engine.profiles.set("fan", "locale", "zh_CN")
    p = engine.profile("fan")
    assert p.explicit["age"] == 31 and p.locale == "zh-CN"
    for key, value in (("age", "abc"), ("age", "-3"), ("age", 200), ("locale", "中文"), ("locale", "en US")):
        with pytest.raises(InputError, match=key):
            engine.profiles.set("fan", key, value)
    assert engine.profile("fan").explicit["age"] == 31


def test_opting_out_deletes_inferred_parts_and_keeps_declared(engine: Engine) -> None:
    _setup(engine)
    engine.profiles.set("fan", "age", 40)
    engine.profiles.consent("fan", profiling=False)
    p = engine.profile("fan")
    assert not p.consent and not p.likes and not p.dislikes and p.behaviour == {}
    assert p.explicit == {"age": 40}
    engine.profiles.rebuild()  # a rebuild must not bring it back
    assert not engine.profile("fan").likes
    engine.profiles.consent("fan", profiling=True)
    assert engine.profile("fan").likes


def test_chinese_and_mixed_text_users(engine: Engine) -> None:
    engine.ingest_users([{"user": "zh", "locale": "zh-CN"}, {"user": "mix", "locale": "en"}])
    engine.ingest_events(
        [
            {"user": "zh", "kind": "message", "text": "我对花生过敏，最近在看科幻小说", "timestamp": 1},
            {"user": "zh", "kind": "search", "text": "科幻小说 推荐", "timestamp": 2},
            {"user": "mix", "kind": "message", "text": "I love hiking, 也喜欢登山和摄影", "timestamp": 3},
        ]
    )
    engine.profiles.rebuild()
    zh = engine.profile("zh")
    assert "科幻小说" in zh.top("kw", 5)
    assert zh.summary.startswith("喜欢") and zh.summary.endswith("。")
    mix = {i.name for i in engine.profile("mix").likes}
    assert "hiking" in mix and ({"登山", "摄影"} & mix)
    assert "花生" in keywords("我对花生过敏")
    assert keywords("我每天早上六点跑步") == ["跑步"]  # not the times: 每天、早上、六点
    assert keywords("週末喜歡去爬山") == ["爬山"]  # the stop words in either script ("喜歡" was an interest)
    # what is drunk, not how much ("我每天早上都喝一杯拿鐵" gave the profile "喜欢喝一杯")
    assert keywords("每天早上都喝一杯拿鐵") == ["拿鐵"] and keywords("每天早上都喝一杯拿铁") == ["拿铁"]


def test_a_request_in_chat_names_no_interest(engine: Engine) -> None:
    """ "Recommend me some movies for tonight" says what the user wants now, not what they are into: its
    words are no interest; a statement in the same message still is. Only what the rules understood as a
    liking or a habit is one: "I eat eggs" made "eat" and "eggs" interests, and the summary of a user
    who had said that and "nothing overhead" read "Enjoys eat, eggs and cuff"."""
    _setup(engine)
    engine.ingest_events(
        [
            {"user": "fan", "kind": "message", "text": "Can you recommend me some movies for tonight?"},
            {"user": "fan", "kind": "message", "text": "给我推荐几部电影吧"},
            {"user": "fan", "kind": "message", "text": "I'm into origami lately. Any films about it?"},
            # a question about oneself, or the asking clause beside a statement, is no interest either
            {"user": "fan", "kind": "message", "text": "我的包裹破损了怎么办？"},
            {"user": "fan", "kind": "message", "text": "I love jazz, any albums you'd suggest?"},
            # nor is what no rule understood: a complaint, what the user merely does or has
            {"user": "fan", "kind": "message", "text": "Hi, I ordered headphones and they stopped already."},
            {"user": "fan", "kind": "message", "text": "Honestly, I'm vegetarian but I eat eggs."},
            {"user": "fan", "kind": "message", "text": "We take the bus everywhere."},
            # nor an instruction, nor when the user has time
            {"user": "fan", "kind": "message", "text": "别给我安排周末的任务。"},
            {"user": "fan", "kind": "message", "text": "I can only study late at night."},
            {"user": "fan", "kind": "message", "text": "I only have time to work out before 6am."},
            {"user": "fan", "kind": "message", "text": "我一般晚上九点以后才有空锻炼。"},
            {
                "user": "fan",
                "kind": "message",
                "text": "My left shoulder is sore from a rotator cuff tear, so nothing overhead please.",
            },
            # a condition is no interest, nor is a day or a span of time
            {"user": "fan", "kind": "message", "text": "My knees are bad, so no running for me."},
            {"user": "fan", "kind": "message", "text": "I play tennis every Sunday for 30 minutes."},
            # what someone else wants of the user, or what they must do, is none either
            {
                "user": "fan",
                "kind": "message",
                "text": "I'm cutting down on sugar, and my doctor wants me to lose a few kilos.",
            },
            {"user": "fan", "kind": "message", "text": "I have to work late on Fridays."},
            {"user": "fan", "kind": "message", "text": "医生让我多运动。"},
        ]
    )
    engine.profiles.rebuild()
    words = set(engine.profile("fan").top("kw", 30))
    assert {"origami", "jazz", "tennis"} <= words
    assert not words & {"recommend", "movies", "tonight", "推荐", "电影吧", "几部", "包裹", "破损", "怎么办"}
    assert not words & {"albums", "suggest", "ordered", "stopped", "already", "knees", "sunday", "minutes"}
    assert not words & {"headphones", "honestly", "eat", "eggs", "bus", "shoulder", "cuff", "overhead"}
    assert not words & {"任务", "安排", "周末", "study", "late"}
    assert not words & {"doctor", "kilos", "lose", "sugar", "work", "late", "fridays", "医生", "运动"}


def test_user_with_no_events_and_unknown_user(engine: Engine) -> None:
    engine.ingest_users([{"user": "quiet", "age": 30}])
    p = engine.profile("quiet")
    assert p.likes == [] and p.summary == "No profile data yet." and p.explicit == {"age": 30}
    with pytest.raises(UserNotFoundError):
        engine.profile("nobody")


def test_evidence_points_at_real_events(engine: Engine) -> None:
    _setup(engine)
    rows = engine.profiles.evidence("fan", "genre:Sci-Fi")
    assert {r["item"] for r in rows} == {"m1", "m2"}
    events = engine.events("fan").set_index("id")
    for r in rows:
        assert events.loc[r["event"], "item"] == r["item"]


STREAM = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]),
        st.sampled_from(["m1", "m2", "m3", "m4", "m5"]),
        st.sampled_from(["rate", "like", "view", "dislike", "purchase"]),
        st.integers(1, 5),
        st.integers(0, 400 * 86_400),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None)
@given(stream=STREAM, seed=st.integers(0, 1000))
def test_incremental_updates_equal_a_full_rebuild(
    tmp_path_factory: pytest.TempPathFactory, stream: list[tuple[str, str, str, int, int]], seed: int
) -> None:
    folder = tmp_path_factory.mktemp("p")
    cfg = Settings(data_dir=folder, profiles={"half_life_days": 30.0})
    with Engine.open(folder / "a.db", cfg) as engine:
        engine.ingest_items(ITEMS)
        records = [
            {
                "user": u,
                "item": i,
                "kind": k,
                "value": v if k == "rate" else None,
                "timestamp": t,
                "key": f"e{n}",
            }
            for n, (u, i, k, v, t) in enumerate(stream)
        ]
        random.Random(seed).shuffle(records)  # events arrive in any order, one at a time
        for rec in records:
            engine.ingest_events([rec], update_profiles=True)
        incremental = {u: engine.profile(u) for u in {r["user"] for r in records}}
        engine.profiles.rebuild()
        for user, inc in incremental.items():
            full = engine.profile(user)
            assert [i.feature for i in inc.likes] == [i.feature for i in full.likes]
            assert [i.score for i in inc.likes] == pytest.approx(
                [i.score for i in full.likes], rel=1e-6, abs=1e-9
            )
            assert [i.score for i in inc.dislikes] == pytest.approx(
                [i.score for i in full.dislikes], rel=1e-6, abs=1e-9
            )
            assert inc.behaviour == full.behaviour


def test_track_updates_the_profile_at_once(engine: Engine) -> None:
    engine.ingest_items(ITEMS)
    assert engine.track("live", "rate", "m1", value=5, timestamp=10) == 1
    assert engine.track("live", "purchase", "m2", timestamp=11) == 1
    assert engine.track("live", "purchase", "m2", timestamp=11) == 0  # the same event again
    p = engine.profile("live")
    assert "genre:Sci-Fi" in [i.feature for i in p.likes]
    assert p.behaviour["events"] == 2


def test_covering_genres_describe_most_of_what_was_liked() -> None:
    from tailorkit.profiles import covering

    liked = [{"Drama"}, {"Drama", "War"}, {"Comedy"}, {"Comedy", "Romance"}, {"Horror"}]
    assert sorted(covering(liked, [], 2)) == ["Comedy", "Drama"]  # together they cover 4 of the 5
    # with no history of their own, a user gets what the population likes
    assert covering([], [(frozenset({"Action"}), 5.0), (frozenset({"Drama"}), 1.0)], 1) == ["Action"]


def test_taste_embedding_leans_to_what_the_user_rates_above_their_mean(engine: Engine) -> None:
    import numpy as np

    _setup(engine)

    def embed(docs: list[str]) -> np.ndarray:  # sci-fi along x, musicals along y
        return np.array(
            [[1.0, 0.0] if "Sci-Fi" in d else [0.0, 1.0] if "Musical" in d else [0.0, 0.0] for d in docs]
        )

    taste = engine.profiles.taste("fan", embed)
    assert taste[0] > 0.5 and taste[1] < 0  # loves sci-fi, rates musicals under their mean
    assert engine.profiles.taste("fan").shape == (384,)  # the bundled model by default
    with pytest.raises(Exception, match="no item events"):
        engine.ingest_users([{"user": "empty"}])
        engine.profiles.taste("empty", embed)


def test_ingest_can_update_profiles_as_it_goes(engine: Engine) -> None:
    engine.ingest_items(ITEMS)
    engine.ingest_events(
        [{"user": "w", "item": "m3", "kind": "rate", "value": 5, "timestamp": 1}], update_profiles=True
    )
    assert engine.profile("w").likes[0].feature in ("genre:Musical", "genre:Romance")
    engine.ingest_events([{"user": "w", "item": "m1", "kind": "rate", "value": 1, "timestamp": 2}])
    assert engine.profile("w").behaviour["events"] == 1  # not folded: bulk loads rebuild afterwards
    engine.profiles.rebuild()
    assert engine.profile("w").behaviour["events"] == 2


def test_one_films_labels_are_no_taste_for_a_user_with_a_history(engine: Engine) -> None:
    films = [{"item": str(i), "title": f"Film {i}", "tags": ["Comedy"]} for i in range(12)]
    films.append({"item": "joker", "title": "Joker Film", "tags": ["Comedy", "Joker", "DC Comics"]})
    engine.ingest_items(films)
    events = [{"user": u, "item": str(i), "kind": "rate", "value": 4} for u in ("a", "b") for i in range(12)]
    events += [{"user": "cy", "item": str(i), "kind": "rate", "value": 5} for i in range(12)]
    events += [{"user": "cy", "item": "joker", "kind": "rate", "value": 1}]
    engine.ingest_events(events)
    engine.profiles.rebuild()
    profile = engine.profile("cy")
    assert any(i.feature == "genre:Joker" and i.events == 1 for i in profile.dislikes)  # it is in the profile
    assert "Joker" not in profile.summary and "DC Comics" not in profile.summary  # and not in its summary


def test_a_request_names_catalogue_tags_in_either_language() -> None:
    """What picks a request asks for: every word of a tag said (a tag inside a longer one is part of it:
    "Star Wars" is no war film), Chinese genre words, and the Chinese names of directors and studios
    ("宫崎骏" for an English catalogue's ``Hayao Miyazaki``; "斯蒂芬·金" with its dot)."""
    from tailorkit.profiles._stated import named_in

    tags = ["Hayao Miyazaki", "Animation", "Comedy", "Stephen King", "Star Wars", "War", "Sci-Fi", "Drama"]
    assert named_in("Any light comedies?", tags) == {"Comedy"}
    assert named_in("Any good sci-fi for tonight?", tags) == {"Sci-Fi"}
    assert named_in("Anything from the Star Wars saga?", tags) == {"Star Wars"}
    assert named_in("A war film, please", tags) == {"War"}
    assert named_in("推荐几部宫崎骏的动画", tags) == {"Hayao Miyazaki", "Animation"}
    assert named_in("有没有斯蒂芬·金的电影", tags) == {"Stephen King"}
    assert named_in("Any good films for tonight?", tags) == set()
    # a person by surname, where the catalogue's titles tell it from an everyday word (not "King", which
    # three titles have); a surname opening a sentence names them only with what they made
    from tailorkit.profiles._stated import Tags

    titles = ["King Kong (1933)", "The King's Speech (2010)", "The Lion King (1994)", "Hitchcock (2012)"]
    people = Tags([*tags, "Alfred Hitchcock", "Christopher Nolan"], titles)
    assert named_in("Any Hitchcock films?", people) == {"Alfred Hitchcock"}
    assert named_in("Something by Nolan?", people) == {"Christopher Nolan"}
    assert named_in("Hitchcock films are my favourite", people) == {"Alfred Hitchcock"}
    assert named_in("Nolan said so.", people) == set()
    assert named_in("Any King films?", people) == set()
    assert named_in("Any Hitchcock films?", tags) == set()  # no titles, no telling: no surnames
    # everyday words for a genre: "scary", "funny" (not a tag "Funny" some users gave), "with my kids"
    tags += ["Horror", "Children", "Funny", "Romance"]
    assert named_in("nothing scary please", tags) == {"Horror"}
    assert named_in("Something funny maybe?", tags) == {"Comedy"}
    assert named_in("She hates anything sad.", tags) == {"Drama"}  # what makes one cry
    assert named_in("I'm feeling sad, any comedies to cheer me up?", tags) == {"Comedy"}  # a mood
    assert named_in("I'm feeling sad, any comedies to cheer me up?", tags) == {"Comedy"}  # a mood
    assert named_in("A romcom, please", tags) == {"Comedy", "Romance"}
    assert named_in("Anything for a movie night with my kids?", tags) == {"Children"}
    assert named_in("I put the kids to bed, any good sci-fi?", tags) == {"Sci-Fi"}  # the kids are only there
    assert named_in("周末想和孩子一起看电影，别太吓人的", tags) == {"Children", "Horror"}
    # a comparative, a family watching together, gore and light in Chinese
    assert named_in("Something funnier?", tags) == {"Comedy"}
    assert named_in("We've got two kids, 6 and 9. Any good films for Saturday night?", tags) == {"Children"}
    assert named_in("有没有更轻松一点的？", tags) == {"Comedy"}
    assert named_in("她怕血腥的", tags) == {"Horror"}
    assert named_in("有没有适合全家一起看的？", tags) == {"Children"}  # the family watching together
    # what keeps one on the edge of the seat ("Nothing too intense or gory please" after a heart op)
    tags += ["Thriller"]
    assert named_in("Nothing too intense or gory please", tags) == {"Thriller", "Horror"}
    # what is violent: the Violence MovieLens users warned of, and War; what shows blood: Horror too
    tags += ["Violence", "War"]
    assert named_in("Nothing too violent please", tags) == {"Violence", "War"}
    assert named_in("Dislikes gory films", tags) == {"Horror", "Violence"}
    assert named_in("我不喜欢暴力的电影", tags) == {"Violence", "War"}
    assert named_in("她怕血腥的", tags) == {"Horror", "Violence"}
    assert named_in("Something suspenseful?", tags) == {"Thriller"}
    # a couple who like slow-burn dramas: what frightens in a horror film, and lighter than what was given
    assert named_in("Avoids jump scares", tags) == {"Horror"}
    assert named_in("Something a bit lighter?", tags) == {"Comedy"}
