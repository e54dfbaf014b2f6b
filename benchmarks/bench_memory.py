"""Memory benchmarks: stated preferences and LoCoMo through the chat path, and per-user search at 1M
memories in SQLite.

Preferences: tailorkit's own statement set (``evaluation/preferences``), each statement said among 12 and
among 50 unrelated turns through ``remember``, then a later question that needs it: kept-rate and
recall@5 per language, on the dev split and on the test splits (each held out when written).

LoCoMo: ``tailorkit eval memory`` on the dev file, every category 1-4 question answered by search alone:
through the chat path (each turn said by its speaker through ``remember``; the headline) and with every
turn written directly (the reference), the search weights chosen on conversations 1-3 and reported on
all six and on the held-out 4-6 separately.

Scale: 1,000,000 synthetic memories (English and Chinese templates) across 10,000 users, 100 each, stored
through ``MemoryService.add_many`` (one transaction per user); then searches of random users with new
query texts, query embedding included. Embedding a million texts with MiniLM would take most of an hour
on two cores, so the memories draw their texts from a pool of distinct generated sentences embedded once
(the embedding rate is printed separately); every memory is still its own row, vector and index entry.
Reference runs in the same process: the query embedding alone (so the search's own cost shows), and a
raw ``executemany`` of the same rows into a plain table without indexes or triggers.

Usage: python benchmarks/bench_memory.py [--users 10000] [--per-user 100] [--skip-preferences]
       [--skip-locomo] [--skip-scale]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from _paths import ROOT, datasets_dir
from tailorkit import Engine, Settings
from tailorkit.llm import SentenceEmbedder
from tailorkit.memory import MemoryService
from tailorkit.text import index_terms

FOODS = (
    "peanuts shellfish gluten sushi ramen pizza tacos curry dumplings pasta salad tofu mango cheese".split()
)
PLACES = (
    "Berlin Lisbon Tokyo Shanghai Toronto Nairobi Lima Oslo Madrid Seoul Austin Dublin Hanoi Porto".split()
)
HOBBIES = (
    "jazz hiking chess pottery climbing cycling painting gardening yoga photography baking surfing".split()
)
PEOPLE = "daughter son wife husband sister brother mother father friend colleague neighbour boss".split()
NAMES = "Emma Liam Olivia Noah Ava Mia Lucas Sofia Leo Chloe Ethan Zoe Mateo Aria Kai Nora".split()
WHEN = "in May|next week|on Friday|in June|tomorrow|next month|in August|on Sunday|this weekend".split("|")
ZH_FOODS = "花生 海鲜 面条 饺子 火锅 豆腐 寿司 米饭 包子 辣椒".split()
ZH_PLACES = "北京 上海 广州 深圳 杭州 成都 西安 南京 武汉 重庆".split()
ZH_HOBBIES = "爵士乐 登山 书法 摄影 围棋 跑步 游泳 绘画 瑜伽 钢琴".split()

EN = [
    "Allergic to {food}",
    "Likes {hobby} on weekends",
    "Dislikes {food} with {food2}",
    "Lives in {place}",
    "My {person} {name} starts a new job {when}",
    "Is travelling to {place} {when}",
    "Wants to learn more about {hobby}",
    "Favourite dish is {food} from {place}",
    "{name} is the name of my {person}",
    "Has a {hobby} lesson {when} with {name}",
    "Prefers short answers about {hobby}",
    "Cooked {food} for my {person} last night",
]
ZH = [
    "对{zfood}过敏",
    "喜欢{zhobby}",
    "住在{zplace}",
    "下周要去{zplace}出差",
    "不喜欢吃{zfood}",
    "周末和朋友去{zplace}玩",
]
QUERIES = [
    "what food am I allergic to?",
    "where do I live now",
    "any plans {when}?",
    "what does my {person} do",
    "recommend something for my {hobby} hobby",
    "我对什么过敏？",
    "I am hungry, what should I cook with {food}",
    "trip to {place}",
]


def fill(template: str, rng: random.Random) -> str:
    return template.format(
        food=rng.choice(FOODS),
        food2=rng.choice(FOODS),
        place=rng.choice(PLACES),
        hobby=rng.choice(HOBBIES),
        person=rng.choice(PEOPLE),
        name=rng.choice(NAMES),
        when=rng.choice(WHEN),
        zfood=rng.choice(ZH_FOODS),
        zplace=rng.choice(ZH_PLACES),
        zhobby=rng.choice(ZH_HOBBIES),
    )


def locomo() -> None:
    print("## LoCoMo dev file: evidence recall by search alone (tailorkit eval memory)")
    path = datasets_dir() / "locomo" / "locomo_dev6.json"
    for mode, label, convs in (
        ("chat", "chat path, all six conversations", None),
        ("chat", "chat path, conversations 1-3 (where the weights were chosen)", "conv-26,conv-30,conv-41"),
        ("chat", "chat path, held-out conversations 4-6", "conv-42,conv-43,conv-44"),
        ("store", "every turn written directly (reference), all six", None),
        ("store", "every turn written directly, held-out 4-6", "conv-42,conv-43,conv-44"),
    ):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "memory.json"
            cmd = [
                sys.executable,
                "-m",
                "tailorkit",
                "eval",
                "memory",
                "--path",
                str(path),
                "--json",
                str(out),
            ]
            cmd += ["--mode", mode]
            if convs:
                cmd += ["--conversations", convs]
            subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True)
            result = json.loads(out.read_text())
        recall = "  ".join(f"{k} {v:.3f}" for k, v in result["recall"].items())
        names = {"1": "multi-hop", "2": "temporal", "3": "open-domain", "4": "single-hop"}
        cats = ", ".join(f"{names[c]} {r['recall@10']:.3f}" for c, r in result["by_category"].items())
        lat = result["search_latency_ms"]
        latency = f"p50 {lat['p50']:.1f} ms, p95 {lat['p95']:.1f} ms"
        print(f"{label}: {result['questions']} questions, {recall}; R@10 by category: {cats}; {latency}")
    print("published baselines on this file (turn-level): BM25 R@10 0.554, MiniLM 0.520, their RRF 0.620")


def preferences() -> None:
    print("## Stated preferences through the chat path (tailorkit's own set, evaluation/preferences)")
    from tailorkit import Settings
    from tailorkit.evaluation import evaluate_preferences

    splits = (
        ("dev", "dev (rules and domain words developed on it)"),
        ("test", "test (held out when written; first run en 0.65, zh 0.30 at 50)"),
        ("test2", "test2 (held out when written; first run en 0.90, zh 0.95 at 50)"),
        ("test3", "test3 (held out when written; first run en 0.90, zh 0.75 at 50)"),
        ("test4", "test4 (held out when written; first run en 0.90, zh 0.95 at 50)"),
        ("test5", "test5 (held out when written; first run en 1.00, zh 1.00 at 50)"),
        ("test6", "test6 (held out when written; first run en 0.90, zh 0.90 at 50)"),
        ("test7", "test7 (held out when written; first run en 1.00, zh 0.95 at 50)"),
        ("test8", "test8 (held out when written; first run en 0.95, zh 0.95 at 50)"),
        ("test9", "test9 (held out when written; first run en 0.85, zh 0.65 at 50)"),
        ("test10", "test10 (held out when written; first run en 0.90, zh 0.90 at 50)"),
        ("test11", "test11 (held out when written; first run en 0.75, zh 0.80 at 50)"),
        ("test12", "test12 (held out when written; first run en 0.85, zh 0.95 at 50)"),
        ("test13", "test13 (held out when written; first run en 0.85, zh 0.85 at 50)"),
        ("test14", "test14 (held out when written; first run en 0.80, zh 0.80 at 50)"),
        ("test15", "test15 (held out when written; first run en 0.55, zh 0.45 at 50)"),
        ("test16", "test16 (held out when written; first run en 0.95, zh 0.90 at 50)"),
        ("test17", "test17 (held out when written; first run en 1.00, zh 0.95 at 50)"),
        ("test18", "test18 (held out when written; first run en 0.90, zh 1.00 at 50)"),
        ("test19", "test19 (held out when written; first run en 0.95, zh 0.90 at 50)"),
        ("test20", "test20 (held out when written; first run en 0.95, zh 1.00 at 50)"),
        ("test21", "test21 (held out when written; first run en 1.00, zh 0.95 at 50)"),
        ("test22", "test22 (held out when written; first run en 0.95, zh 0.90 at 50)"),
        ("test23", "test23 (held out when written; first run en 1.00, zh 0.95 at 50)"),
        ("test24", "test24 (held out when written; first run en 0.90, zh 0.95 at 50)"),
        ("test25", "test25 (held out when written; first run en 1.00, zh 1.00 at 50)"),
        ("test26", "test26 (held out when written; first run en 0.90, zh 0.95 at 50)"),
        ("test27", "test27 (held out when written, chat-style: first run en 0.95, zh 0.90 at 50)"),
        ("test28", "test28 (held out when written: first run en 0.85, zh 1.00 at 50)"),
        ("test29", "test29 (held out when written, longer messages: first run en 0.85, zh 1.00 at 50)"),
        ("test30", "test30 (held out when written: first run en 0.90, zh 0.80 at 50)"),
        ("test31", "test31 (held out when written: first run en 0.85, zh 0.80 at 50)"),
        ("test32", "test32 (held out when written: first run en 0.95, zh 0.95 at 50)"),
        ("test33", "test33 (held out, no rule changed for it: first run en 1.00, zh 1.00 at 50)"),
        ("test34", "test34 (held out when written, phone typing, traditional: first run en 0.95, zh 0.85)"),
        (
            "test35",
            "test35 (held out when written, student/support/coaching intros: first run en 0.95, zh 1.00)",
        ),
        ("test36", "test36 (held out when written, conditions and complaints: first run en 0.95, zh 1.00)"),
        ("test37", "test37 (held out when written, statements inside questions: first run en 1.00, zh 0.90)"),
        ("test38", "test38 (held out when written, values and kit: first run en 1.00, zh 1.00)"),
        ("test39", "test39 (held out when written, everyday constraints: first run en 1.00, zh 1.00)"),
        ("test40", "test40 (held out when written, how things are to be done: first run en 1.00, zh 1.00)"),
        ("test41", "test41 (held out when written, giving up, money, the body: first run en 1.00, zh 1.00)"),
        ("test42", "test42 (held out when written, home, money, body, tastes: first run en 0.95, zh 1.00)"),
        ("test43", "test43 (held out when written, body, hands, crowds, home: first run en 1.00, zh 1.00)"),
        ("test44", "test44 (held out when written, since a stroke, pets, money: first run en 0.90, zh 1.00)"),
        ("test45", "test45 (held out when written, faith, nights, languages: first run en 1.00, zh 0.95)"),
        ("test46", "test46 (held out when written, courses, teams, goals: first run en 1.00, zh 1.00)"),
        ("test47", "test47 (held out when written, renting, textures, smells: first run en 1.00, zh 0.95)"),
        ("test48", "test48 (held out when written, aids, allergies, distance: first run en 0.95, zh 1.00)"),
        ("test49", "test49 (held out when written, said in passing, chatty: first run en 0.95, zh 0.80)"),
        ("test50", "test50 (held out when written, how to answer, faith, body: first run en 1.00, zh 0.95)"),
        ("test51", "test51 (held out when written, home, medicines, languages: first run en 1.00, zh 0.95)"),
        ("test52", "test52 (held out when written, surgery, hobbies, a home: first run en 1.00, zh 1.00)"),
        ("test53", "test53 (held out when written, mid-message, household: first run en 1.00, zh 0.95)"),
        ("test54", "test54 (held out when written, chat as typed, idioms: first run en 1.00, zh 0.95)"),
        ("test55", "test55 (held out when written, work, home, medicines: first run en 0.95, zh 1.00)"),
        ("test56", "test56 (held out when written, shifts, hobbies, money: first run en 1.00, zh 0.95)"),
        ("test57", "test57 (held out when written, travel, devices, giving up: first run en 1.00, zh 0.95)"),
        ("test58", "test58 (held out when written, free time, debts, household: first run en 1.00, zh 1.00)"),
        ("test59", "test59 (held out when written, faith, licences, apps, cold: first run en 1.00, zh 0.95)"),
        ("test60", "test60 (held out when written, said first, days off, fears: first run en 0.90, zh 1.00)"),
        ("test61", "test61 (held out when written, pets, leave, sight at night: first run en 1.00, zh 1.00)"),
        ("test62", "test62 (held out when written, one car, contracts, stammer: first run en 1.00, zh 0.95)"),
        ("test63", "test63 (held out when written, kit, naps, a nut-free home: first run en 0.95, zh 1.00)"),
        ("test64", "test64 (held out when written, chatty, carers, household: first run en 0.95, zh 1.00)"),
        (
            "test65",
            "test65 (held out when written, working days, a child's week, the body: "
            "first run en 0.95, zh 0.95)",
        ),
        (
            "test66",
            "test66 (held out when written, early days, a child's therapy, the home's street: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test67",
            "test67 (held out when written, a pet's insulin, snoring, salt, an e-reader: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test68",
            "test68 (held out when written, a rota, pastimes, a septic tank, a season ticket: "
            "first run en 0.95, zh 0.95)",
        ),
        (
            "test69",
            "test69 (held out when written, dialysis, fostering, a tremor, a wedding's colours: "
            "first run en 0.90, zh 0.95)",
        ),
        (
            "test70",
            "test70 (held out when written, a carer, IVF, a stoma, a listed home, a parrot left alone: "
            "first run en 0.90, zh 0.95)",
        ),
        (
            "test71",
            "test71 (held out when written, exams, numb feet, a puppy, a neighbour's dog, a loft conversion: "
            "first run en 0.95, zh 0.80)",
        ),
        (
            "test72",
            "test72 (held out when written, a lollipop lady, a care home, mosquitoes, a broken toilet: "
            "first run en 0.90, zh 0.85)",
        ),
        (
            "test73",
            "test73 (held out when written, hand controls, placements, a council flat, a plate in the ankle: "
            "first run en 1.00, zh 0.85)",
        ),
        (
            "test74",
            "test74 (held out when written, ferrets, a redundancy, codeine, a concussion, in-laws' Urdu: "
            "first run en 0.80, zh 0.90)",
        ),
        (
            "test75",
            "test75 (held out when written, a divorce, a car sold, a railway, a sign-language course: "
            "first run en 1.00, zh 0.80)",
        ),
        (
            "test76",
            "test76 (held out when written, a night course, chronic fatigue, a deployment, thin walls: "
            "first run en 0.95, zh 1.00)",
        ),
        (
            "test77",
            "test77 (held out when written, a houseboat, a treadmill desk, bees, a stammer, a motorbike: "
            "first run en 0.95, zh 0.95)",
        ),
        (
            "test78",
            "test78 (held out when written, a passport, standby flights, a hearing aid, solar panels: "
            "first run en 0.95, zh 0.95)",
        ),
        (
            "test79",
            "test79 (held out when written, said as fragments: 'Deaf in one ear since birth', a carer: "
            "first run en 0.75, zh 0.80)",
        ),
        (
            "test80",
            "test80 (held out when written, a rota, a transplant, chickens, no sense of smell, a scooter: "
            "first run en 0.75, zh 0.85)",
        ),
        (
            "test81",
            "test81 (held out when written, the last of a stop: a bell-ringer, a renal diet, a ferry: "
            "first run en 0.95, zh 1.00)",
        ),
        (
            "test82",
            "test82 (held out when written, opening with what was done: 'Retired last spring', a mortgage: "
            "first run en 0.85, zh 0.93)",
        ),
        (
            "test83",
            "test83 (held out when written, chatty, lower case, asides: 'Arachnophobe here', a baby's age: "
            "first run en 0.95, zh 0.83)",
        ),
        (
            "test84",
            "test84 (held out when written, the product's domains: a phone plan, a GCSE, metformin, a meter: "
            "first run en 0.98, zh 0.98)",
        ),
        (
            "test85",
            "test85 (held out when written, led in by a word or two: 'Honestly? Mornings are a write-off': "
            "first run en 0.93, zh 0.95)",
        ),
        (
            "test86",
            "test86 (held out when written, typed as texts are: 'dont do mornings b4 coffee', 'kids r 3': "
            "first run en 0.85, zh 0.93)",
        ),
        (
            "test87",
            "test87 (held out when written, plain first-person statements as the issue's: bunions, warfarin: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test88",
            "test88 (held out when written, exceptions and conditions: 'Anything but jazz', 'as long as': "
            "first run en 0.90, zh 0.95)",
        ),
        (
            "test89",
            "test89 (held out when written, told beside a request: 'Recommend a podcast? My commute is ...': "
            "first run en 1.00, zh 0.95)",
        ),
        (
            "test90",
            "test90 (held out when written, plain first person, less common lives: beekeeping, a pacemaker, "
            "a turban: first run en 1.00, zh 1.00)",
        ),
        (
            "test91",
            "test91 (held out when written, everyday lives said plainly and chattily: a newborn, a PhD just "
            "begun, cats that shred the sofa: first run en 0.975, zh 0.95)",
        ),
        (
            "test92",
            "test92 (held out when written, asides and reasons around the fact, sports, a ward, a job at "
            "home: first run en 1.00, zh 1.00)",
        ),
        (
            "test93",
            "test93 (held out when written, what a shop, a tutor and a coach hear: a phone by its make, a "
            "lane couriers won't drive up, a resit at night school: first run en 1.00, zh 0.975)",
        ),
        (
            "test94",
            "test94 (held out when written, plain first-person preferences and constraints on everyday "
            "topics, as the issue's own examples: first run en 1.00, zh 1.00)",
        ),
        (
            "test95",
            "test95 (held out when written, who the user is and what follows from it, one line each: a "
            "reactive dog, a tiny flat, knee surgery two weeks ago, a daughter's exams this summer: first "
            "run en 1.00, zh 1.00)",
        ),
        (
            "test96",
            "test96 (held out when written, how the user likes things done: an aisle seat, dark mode, index "
            "funds, hand luggage only, no screens on school nights: first run en 1.00, zh 1.00)",
        ),
        (
            "test97",
            "test97 (held out when written, what a shop, a coach and a host must allow for: latex, wide "
            "feet, a husband of six foot five, lifting after a C-section, a stammer: first run en 1.00, "
            "zh 1.00)",
        ),
        (
            "test98",
            "test98 (held out when written, what the user says about themselves inside a request: 'Any ideas "
            "for a quick lunch? I'm vegan, by the way.', a tiny freezer, paid weekly in cash, 我上夜班: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test99",
            "test99 (held out when written, said with a hedge: 'I'm not a huge fan of spicy food, to be "
            "honest', 'I guess I'm more of a tea person', 我应该算比较内向的吧, 我游泳不太行: first run en "
            "1.00, zh 0.93 (kept 0.975))",
        ),
        (
            "test100",
            "test100 (held out when written, what changed: 'I used to be vegetarian but I eat fish now', "
            "'We've downsized to a two-bed flat', 我以前坐火车通勤，现在全职在家办公: first run en 0.88, "
            "zh 0.88)",
        ),
        (
            "test101",
            "test101 (held out when written, what the user says of themselves in the middle of a longer "
            "message: 'Thanks for yesterday's tips. My knee is still bad from the skiing accident, so "
            "anything with lunges is out. The rest of the routine was great.': first run en 1.00, zh 0.98)",
        ),
        (
            "test102",
            "test102 (held out when written, 30 a language, what a question takes for granted: 'What can I "
            "cook for my vegan daughter's birthday?', 我的导盲犬能跟我进餐厅吗？: first run en 0.33 (kept "
            "0.40), zh 0.70 (kept 0.90))",
        ),
        (
            "test103",
            "test103 (held out when written, a fact given as the reason for turning something down: "
            "'I'll pass on the escape room, I'm claustrophobic', 大超市我去不了，我没车: first run en 1.00, "
            "zh 1.00)",
        ),
        (
            "test104",
            "test104 (held out when written, what the user has: 'We've got an air fryer now and use it for "
            "nearly everything', 我有台面包机，每个周末都用: first run en 1.00, zh 0.95)",
        ),
        (
            "test105",
            "test105 (held out when written, how the user shops and pays: 'I pay cash for everything, cards "
            "make me overspend', 我网上付款只用支付宝: first run en 1.00, zh 1.00)",
        ),
        (
            "test106",
            "test106 (held out when written, 30 a language, how the user travels: 'My passport runs out "
            "in February', 'I get altitude sickness above about 3,000 metres', 我今年的年假已经用完了: "
            "first run en 0.97, zh 0.87)",
        ),
        (
            "test107",
            "test107 (held out when written, where the user lives and how they are connected: 'It snows here "
            "from November to April', 'Our home internet has a 50 gig monthly cap', 我在新西兰，比国内早五个"
            "小时: first run en 0.925, zh 0.975)",
        ),
        (
            "test108",
            "test108 (held out when written, wellbeing and what the user finds hard: 'I've self-excluded "
            "from every betting site', 'I had a breakdown last year and I'm still rebuilding my confidence', "
            "我妈上个月去世了: first run en 0.95, zh 0.975)",
        ),
        (
            "test109",
            "test109 (held out when written, status and paperwork: 'I'm on a work visa tied to my employer', "
            "'My pension can't be touched until I'm 57', 我户口不在本地，孩子上学有点麻烦: first run "
            "en 0.975, zh 0.925)",
        ),
        (
            "test110",
            "test110 (held out when written, what the user can and cannot do: 'I only drive automatics', "
            "'I'm a qualified electrician', 我不会盲打，只会两个手指敲键盘: first run en 1.00, zh 1.00)",
        ),
        (
            "test111",
            "test111 (held out when written, family ties and social life: 'I don't get on with my in-laws', "
            "'My ex and I share custody', 我和公婆处不来: first run en 0.90, zh 0.85)",
        ),
        (
            "test112",
            "test112 (held out when written, where the user stands with a goal or a problem and what was "
            "tried: 'I've already reset the router twice this week', 'My last blood test showed my iron was "
            "really low', 我大一的统计学挂了，八月要补考: first run en 0.725, zh 0.775)",
        ),
        (
            "test113",
            "test113 (held out when written, what the user is aiming at: 'Running a marathon before forty is "
            "on my bucket list', 'My dream is to open a little bakery of my own one day', "
            "我希望明年开一家宠物美容店: first run en 0.90, zh 0.925)",
        ),
        (
            "test114",
            "test114 (held out when written, the body's comforts and the account behind a service: 'I feel "
            "the cold terribly', 'The account is in my husband's name, but I handle everything', "
            "我和室友共用一个账号: first run en 0.90, zh 0.95)",
        ),
        (
            "test115",
            "test115 (held out when written, how things stand for a while: 'My car's in the garage until "
            "Friday', 'We're without a kitchen for the next three weeks', 我暂时得拄拐: first run en 0.85, "
            "zh 0.925)",
        ),
        (
            "test116",
            "test116 (held out when written, what the user went through and what it left: 'Camping in the "
            "rain in Wales put me off tents for life', 'I read Dune on holiday and now I can't get enough "
            "sci-fi', 上次喝了能量饮料，我心跳快了一整晚: first run en 0.70, zh 0.925)",
        ),
        (
            "test117",
            "test117 (held out when written, sizes and the room things must fit: 'The alcove next to our "
            "fireplace is only 80cm wide', 'Our table only seats four', 我们家烤箱是个小蒸烤一体机: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test118",
            "test118 (held out when written, 20 a language, what the user runs or buys for: 'I run a little "
            "candle shop on Etsy', 'I cook for a community lunch every Friday', "
            "我们在大理开了一家四间房的民宿: first run en 1.00, zh 0.95)",
        ),
        (
            "test119",
            "test119 (held out when written, 20 a language, what the user keeps private: 'I never let apps "
            "track my location', 'I've turned off all personalised ads', 我每天晚上都清空浏览记录: first run "
            "en 1.00, zh 0.95)",
        ),
        (
            "test120",
            "test120 (held out when written, 20 a language, the people around the user: 'My flatmate works "
            "from home and needs the living room quiet until six', 我的钢琴老师只在周三上课: first run en "
            "0.95, zh 0.95)",
        ),
        (
            "test121",
            "test121 (held out when written, 20 a language, the people and animals the user names: 'Our "
            "greyhound Biscuit can't manage stairs anymore', 'Pepper, our African grey, plucks her "
            "feathers out when nobody's home', 我家的柯基叫馒头，它爬不了楼梯: first run en 0.90, zh 0.95)",
        ),
        (
            "test122",
            "test122 (held out when written, 20 a language, the duties the user holds outside work: 'I chair "
            "the parish council', 'I'm a regular blood donor and my next donation is due in a fortnight', "
            "我是村里的网格员，每天早上要巡查一圈: first run en 1.00, zh 1.00)",
        ),
        (
            "test123",
            "test123 (held out when written, 20 a language, what the user is waiting on: 'I'm still waiting "
            "on the results of my biopsy', 'The adoption panel meets about us next month', "
            "我在等补考成绩出来: first run en 0.85, zh 0.90)",
        ),
        (
            "test124",
            "test124 (held out when written, 20 a language, how the user learns and is taught: 'Long "
            "lecture videos lose me after about ten minutes', 'I sit the bar exam in late July', "
            "我只能在通勤路上学习，地铁单程四十分钟，没信号: first run en 0.95, zh 1.00)",
        ),
        (
            "test125",
            "test125 (held out when written, 20 a language, how and where the user works: 'Our company "
            "blocks Google Drive and Dropbox on the network', 'My team is split between Manila, Warsaw and "
            "Toronto', 我们公司全用钉钉，不用微信办公: first run en 0.95, zh 1.00)",
        ),
        (
            "test126",
            "test126 (held out when written, 20 a language, how the user wants to be answered: 'Give me the "
            "answer first, then the reasoning', 'Skip the small talk and get straight to it', "
            "先说结论，再说原因: first run en 0.75, zh 0.90, kept en 0.85)",
        ),
        (
            "test127",
            "test127 (held out when written, 20 a language, what the user has already read, seen, done or "
            "owns: 'I've already read every Discworld novel', 'We've got a Dyson cordless, so no more "
            "vacuums for us', 东野圭吾的书我都看过了: first run en 0.95, zh 0.85)",
        ),
        (
            "test128",
            "test128 (held out when written, 20 a language, typed in a hurry: 'im vegitarian btw, no meat "
            "or fish at all', 'cant do stairs rn, broke my ankle 2 wks ago', 脚崴了 最近上下楼都费劲: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test129",
            "test129 (held out when written, 20 a language, said in passing while asking something else: "
            "'Where's the nearest post office? I use a wheelchair, by the way.', "
            "药店几点关门？我上周开始吃华法林了。: first run en 0.85, zh 0.90)",
        ),
        (
            "test130",
            "test130 (held out when written, 20 a language, the sizes and measures of the user's life: "
            "'I'm 6 foot 5, so most hotel beds leave my feet hanging off the end', 我家烤箱最高只有两百度: "
            "first run en 1.00, zh 1.00)",
        ),
        (
            "test131",
            "test131 (held out when written, 20 a language, likes with their exceptions and conditions: "
            "'I'll eat fish, but only if it's not on the bone', 鱼我吃，但得是没刺的: "
            "first run en 0.95, zh 1.00)",
        ),
        (
            "test132",
            "test132 (held out when written, 20 a language, what the user will and won't buy on principle: "
            "'We boycott anything made by Nestlé', 雀巢的东西我们家一概不买: first run en 1.00, zh 0.95)",
        ),
        (
            "test133",
            "test133 (held out when written, 20 a language, the devices, accounts and means the user has or "
            "lacks: 'Never passed my test, so I can't drive', 我的助听器是用蓝牙连苹果手机的: "
            "first run en 0.90, zh 0.95)",
        ),
        (
            "test134",
            "test134 (held out when written, 20 a language, as learners of English say it and with English "
            "words in Chinese: 'My boy is allergy of the nuts, all kind', 我只喝decaf: first run en 1.00, "
            "zh 1.00)",
        ),
        (
            "test135",
            "test135 (held out when written, 20 a language, said with emoji and symbols as words: 'Knees are "
            "shot 🦵 no stairs pls', 花生=进医院😬: first run en 1.00, zh 0.95)",
        ),
        (
            "test136",
            "test136 (held out when written, 20 a language, understatement, irony and idiom: 'Football "
            "leaves me cold', 爵士乐真不是我的菜: first run en 0.75, zh 1.00)",
        ),
        (
            "test137",
            "test137 (held out when written, 20 a language, said through 'you' and 'people like me': "
            "'When you're coeliac, you learn to check every label', 我们吃纯素的: first run en 0.75, "
            "zh 0.95)",
        ),
        (
            "test138",
            "test138 (held out when written, 20 a language, what others say of or to the user: 'The "
            "allergist confirmed I react to sesame', 孩子们都说我不会用遥控器: first run en 1.00, zh 0.95)",
        ),
        (
            "test139",
            "test139 (held out when written, 20 a language, how the user wants things measured and written: "
            "'Give me distances in kilometres', 费用都帮我换算成港币: first run en 0.90, zh 1.00)",
        ),
        (
            "test140",
            "test140 (held out when written, 20 a language, said and corrected within the message: 'We've "
            "got two kids, sorry, three', 我们家两个孩子，不对，三个: first run en 1.00, zh 1.00)",
        ),
        (
            "test141",
            "test141 (held out when written, 20 a language, said as a form, a label and its value: 'Diet: "
            "vegan.', 'Car: none.', 饮食：纯素。: first run en 0.65, zh 0.95)",
        ),
        (
            "test142",
            "test142 (held out when written, 20 a language, negation and its scope: 'It's not that I don't "
            "like sushi, ...', 我不是不喜欢寿司: first run en 1.00, zh 1.00)",
        ),
        (
            "test143",
            "test143 (held out when written, 20 a language, what the user is good at: 'I'm a strong "
            "swimmer', 'Bread is my specialty', 我做饭挺拿手的: first run en 0.95, zh 1.00)",
        ),
    )
    for split, what in splits:
        with tempfile.TemporaryDirectory() as tmp:
            r = evaluate_preferences(Settings(data_dir=Path(tmp)), work_dir=Path(tmp), split=split)
        for lang in ("en", "zh"):
            figures = "; ".join(
                f"{n} distractors: kept {r.kept[lang][n]:.2f}, recall@5 {r.recall_at_5[lang][n]:.2f}"
                for n in sorted(r.kept[lang])
            )
            print(f"{what}, {lang} ({r.statements[lang]} statements): {figures}")
        print(
            f"  remember p50 {r.remember_ms['p50']:.1f} ms, p95 {r.remember_ms['p95']:.1f} ms; search p50 "
            f"{r.search_ms['p50']:.1f} ms; distractor turns not kept: "
            + ", ".join(f"{lang} {v:.0%}" for lang, v in r.distractors_dropped.items())
        )


def import_speed() -> None:
    print("## Chat history import (tailorkit memory import): a LoCoMo conversation as one user's history")
    from tailorkit import Engine, Settings
    from tailorkit.data import LOCOMO
    from tailorkit.memory import validate_chat

    conv = LOCOMO.conversations(datasets_dir() / "locomo" / "locomo_dev6.json")[0]
    me = conv["speakers"][0]
    history = [
        {
            "role": "user" if t["speaker"] == me else "assistant",
            "content": t["text"],
            "time": t["time"].timestamp(),
        }
        for t in conv["turns"]
    ]
    with (
        tempfile.TemporaryDirectory() as tmp,
        Engine.open(Path(tmp) / "i.db", Settings(data_dir=Path(tmp))) as e,
    ):
        messages = validate_chat(history)
        e.memories.remember("someone else", "I keep bees on my roof")  # the embedding model, loaded
        first = e.memories.import_chat(messages, user="me", source_name="locomo")
        again = e.memories.import_chat(messages, user="me", source_name="locomo")
    print(
        f"{first.messages} messages ({first.remembered} the user's): {first.rate:,.0f} messages/s, "
        f"{first.memories} memories; re-run: {again.already_imported} already imported, "
        f"{again.remembered} taken twice, {again.rate:,.0f} messages/s"
    )


def scale(users: int, per_user: int, pool_size: int) -> None:
    total = users * per_user
    print(f"## Scale: {total:,} memories across {users:,} users in SQLite")
    rng = random.Random(20261129)
    texts = list(
        dict.fromkeys(fill(rng.choice(EN if rng.random() < 0.8 else ZH), rng) for _ in range(pool_size * 3))
    )
    texts = texts[:pool_size]
    embedder = SentenceEmbedder()
    embedder.embed(["warm up"])
    start = time.perf_counter()
    pool = embedder.embed(texts)
    embed_rate = len(texts) / (time.perf_counter() - start)
    print(
        f"embedding rate (MiniLM, batches of 64): {embed_rate:,.0f} texts/s ({len(texts):,} distinct texts)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        with Engine.open(Path(tmp) / "scale.db", settings) as engine:
            service = MemoryService(engine.store, engine.tenant, settings.memory, embedder=embedder)
            choice = np.random.default_rng(7)
            start = time.perf_counter()
            for u in range(users):
                idx = choice.integers(0, len(texts), per_user)
                records = [{"text": texts[i], "kind": "fact"} for i in idx]
                service.add_many(f"user-{u}", records, vectors=pool[idx])
            seconds = time.perf_counter() - start
            rate = total / seconds
            how = "one transaction per user, FTS5 rows by trigger"
            print(f"insert: {rate:,.0f} memories/s ({seconds:.0f} s; {how})")
            size = sum(f.stat().st_size for f in Path(tmp).glob("scale.db*"))
            print(f"database size: {size / 2**30:.2f} GiB")

            queries = [fill(rng.choice(QUERIES), rng) + f" #{n}" for n in range(400)]
            searched = [f"user-{choice.integers(0, users)}" for _ in queries]
            # Warm caches, the model and jieba's dictionary (a Chinese query loads it once, ~1 s).
            warm = [*zip(queries[:20], searched[:20], strict=True), ("我对什么过敏？", searched[0])]
            for q, u in warm:
                service.search(u, q, 10)
            lat = []
            for q, u in zip(queries, searched, strict=True):
                t0 = time.perf_counter()
                hits = service.search(u, q, 10)
                lat.append(time.perf_counter() - t0)
                assert all(h.memory.user == u for h in hits)
            emb = []
            for q in queries:
                t0 = time.perf_counter()
                embedder.embed([q])
                emb.append(time.perf_counter() - t0)
        ms, ems = np.array(lat) * 1000, np.array(emb) * 1000
        p50, p95 = np.percentile(ms, 50), np.percentile(ms, 95)
        print(
            f"search (k=10, query embedding included): p50 {p50:.1f} ms, p95 {p95:.1f} ms "
            f"(target p50 <= 15, p95 <= 50: {'met' if p50 <= 15 and p95 <= 50 else 'NOT met'})"
        )
        print(
            f"reference, query embedding alone: p50 {np.percentile(ems, 50):.1f} ms -> "
            f"search/embedding ratio {p50 / np.percentile(ems, 50):.2f}"
        )

    # Reference: the same rows into a plain SQLite table, no indexes, triggers or JSON.
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "raw.db")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE m (user_id INTEGER, text TEXT, terms TEXT, embedding BLOB)")
        n = min(total, 200_000)
        idx = np.random.default_rng(7).integers(0, len(texts), n)
        terms = [" ".join(index_terms(t)) for t in texts]
        blobs = [v.tobytes() for v in pool]
        start = time.perf_counter()
        for s in range(0, n, per_user):
            conn.executemany(
                "INSERT INTO m VALUES (?, ?, ?, ?)",
                [(s, texts[i], terms[i], blobs[i]) for i in idx[s : s + per_user]],
            )
            conn.commit()
        raw = n / (time.perf_counter() - start)
        conn.close()
    print(
        f"reference, raw executemany into a bare table: {raw:,.0f} rows/s -> tailorkit/raw {rate / raw:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--per-user", type=int, default=100)
    parser.add_argument("--pool", type=int, default=12_000)
    parser.add_argument("--skip-locomo", action="store_true")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-preferences", action="store_true")
    args = parser.parse_args()
    if not args.skip_preferences:
        preferences()
        import_speed()
    if not args.skip_locomo:
        locomo()
    if not args.skip_scale:
        scale(args.users, args.per_user, args.pool)


if __name__ == "__main__":
    main()
