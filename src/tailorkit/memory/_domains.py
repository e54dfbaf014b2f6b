"""Everyday domains a preference applies to, so that a later request finds it without sharing its words.

"I'm vegan" says nothing about "a dinner recipe for Friday", yet it is what that request needs. A memory
that states a preference, an aversion or a constraint is indexed (as context, searched with a lower
weight) with the words of every domain it touches: a request in that domain then matches it. A domain is
touched when the memory names one of its cue words (English stems or Chinese words). The lists are broad
on purpose: everyday life, not one data set.
"""

from __future__ import annotations

import calendar
import re

from tailorkit.text import index_terms, is_chinese, sentences, simplified

__all__ = [
    "DOMAINS",
    "about_someone",
    "applies_to",
    "asks_in",
    "asks_own_case",
    "domain_cues",
    "domain_names",
    "domain_words",
    "seeks_advice",
    "states_preference",
]

DOMAINS: dict[str, tuple[str, str]] = {
    # name: (cue words, the words a request in the domain uses); English and Chinese in each
    "food": (
        "food eat eating meal meat vegan vegetarian pescatarian gluten dairy lactose nut peanut shellfish "
        "seafood fish pork beef chicken egg spicy sugar sweet dessert salt carb keto halal kosher diet "
        "stomach allergic allergy cook cooking protein smoothie "
        "snack pregnant pregnancy conceive ivf diabetes diabetic "
        "cholesterol braces oven hob fridge freezer microwave kitchen "
        # conditions a diet is kept for: "Has high blood pressure" bears on a dinner, as diabetes does
        "blood hypertension gout reflux heartburn "
        "ramadan coeliac celiac teeth tooth wisdom dental dentures breastfeeding breastfeed marathon "
        "triathlon ibs 肠易激 乳制品 "
        # what the kitchen has to cook with: "Has an air fryer" for "What should I cook tonight?"
        "fryer cooker wok hob induction maker 空气炸锅 慢炖锅 电炖锅 高压锅 面包机 炒锅 电磁炉 烤箱 电饭煲 "
        "智齿 拔牙 假牙 牙齿 哺乳 母乳 吃 素 肉 猪肉 牛肉 辣 甜 糖 甜食 海鲜 花生 鸡蛋 乳糜泻 麸质 "
        "牛奶 乳糖 饮食 食物 胃 过敏 素食 怀孕 备孕 孕期 糖尿病 血糖 血压 胆固醇 痛风 尿酸 反酸 "
        "斋月 封斋 斋戒 禁食 断食",
        "food eat meal dinner lunch breakfast brunch recipe restaurant order menu cook dish snack dessert "
        "cake bake party takeaway grocery snacks fruit pizza burger sushi curry pasta noodles bbq barbecue "
        "steakhouse steak buffet cafe 吃 饭 菜 餐 餐厅 点菜 早餐 午饭 晚饭 聚餐 披萨 火锅 烧烤 烤肉 "
        "咖啡馆 "
        "汉堡 寿司 面条 饺子 自助餐 "
        "甜点 甜品 蛋糕 做饭 菜谱 零食 小吃 水果 点心 夜宵 宵夜 外卖 饭馆 馆子 美食 烘焙 保健品",
    ),
    "drink": (
        "drink drinking coffee tea caffeine alcohol wine beer "
        "juice milk soda sober pregnant pregnancy conceive ivf breastfeeding breastfeed "
        "diabetes diabetic blood hypertension gout reflux heartburn 喝 咖啡 茶 咖啡因 酒 "
        "饮料 牛奶 奶茶 戒酒 怀孕 备孕 孕期 糖尿病 血压 痛风 反酸 哺乳 母乳",
        "drink beverage coffee tea cafe café bar juice smoothie wine gift birthday party celebrate "
        "celebration "
        "喝 饮料 饮品 咖啡 茶 酒 红酒 啤酒 白酒 喝酒 生日 聚会 庆祝",
    ),
    "exercise": (
        "knee knees back hip joint ankle shoulder run running jump jumping exercise workout gym marathon "
        "lift heavy injury sport hike swim yoga surgery "
        "replacement pregnant pregnancy conceive ivf acl ligament tendon stoma hernia colostomy ileostomy "
        "plate "
        "torn tore sprain sprained fracture injured asthma hay fever pollen "
        # the legs and feet a run or a class loads: "Has shin splints" bears on "What should my long run be?"
        "shin shins splint splints foot feet heel plantar calf calves hamstring achilles groin arthritis "
        "tendonitis tendinitis sciatica "
        "膝盖 腰 关节 跑步 健身 运动 锻炼 游泳 瑜伽 搬 爬 小腿 脚踝 足底 脚后跟 跟腱 腘绳肌 "
        "手术 怀孕 备孕 韧带 骨折 扭伤 拉伤 受伤 哮喘 训练 花粉 钢板 钢钉 "
        # kit the user has to train with: "Has a set of kettlebells" for "What workout can I do?"
        "kettlebell kettlebells dumbbells treadmill rower trainer peloton paddleboard kayak pool "
        "壶铃 哑铃 跑步机 骑行台 划船机 动感单车 桨板 皮划艇 游泳池 泳池",
        "exercise workout routine training sport gym fitness run hike climb stairs walk move moving lift "
        "outdoor outdoors bootcamp picnic 户外 野餐 训练 训练营 "
        "dance dancing class lesson plan weekend activity activities outing 跳舞 舞蹈 运动 锻炼 健身 "
        "跑步 爬山 搬家 散步 日程 安排 活动 周末 徒步 跑鞋 运动鞋",
    ),
    "travel": (
        "seasick carsick fly flying plane heights car van motorbike campervan drive cycle bike train cruise "
        "boat motion crowd "
        # a fresh tattoo keeps out of pools, saunas and the sun
        "tattoo tattoos 纹身 纹了身 刺青 "
        "mosquito mosquitoes midges insect bites 蚊子 "
        "claustrophobic claustrophobia 幽闭 "
        "cold heat hot humid humidity degrees sun sunburn "
        "swim swimmer water drown pregnant pregnancy conceive "
        "晕车 晕船 坐飞机 飞机 恐高 开车 高铁 地铁 车 "
        # what a trip or a day out can use: a campervan, a roof box, a pass
        "campervan caravan motorhome rack crate railcard season pass membership "
        # what a trip has to fit: a passport, leave left, where the user has been, when to be back
        "passport annual altitude jet-lag jetlag 护照 通行证 年假 高反 去过 赶回来 倒时差 "
        "房车 车顶箱 自行车架 狗笼 年卡 月卡 "
        "怕冷 人多 游泳 深水 淹 溺水 怀孕 备孕 晒伤 太阳 怕热 扛热 耐热 高温 炎热",
        "travel trip holiday vacation journey transport get flight train cruise drive ride tour visit "
        "book hotel weekend city pack packing suitcase luggage camping camp tent "
        "旅行 旅游 出行 交通 去 怎么走 飞机 高铁 景点 假期 玩 露营 酒店 行李 带什么 运回",
    ),
    "media": (
        "film films movie movies horror action drama comedy watch show book books read reading kindle "
        "novel novels fiction fantasy thriller romance genre story stories audiobook podcast music loud "
        "quiet song songs band jazz rock pop classical concert album singer "
        "电影 片 恐怖片 动作片 文艺片 看 书 读 小说 科幻 言情 悬疑 武侠 音乐 歌 乐队 摇滚 爵士 演唱会 "
        # what is watched on: "We switched from Sky to Netflix"
        "netflix tv television iplayer disney streaming kindle projector spotify "
        "投影仪 爱奇艺会员 网易云 "
        "有线电视 视频会员 电视 爱奇艺 腾讯视频 优酷",
        "movie film watch stream show series night read book novel story listen podcast music song "
        "playlist concert journey journeys 电影 片子 看 书 听 阅读 小说 节目 剧 音乐 歌",
    ),
    "money": (
        "budget money spend spending save saving subscription monthly price cheap afford luxury dollar "
        "costco clubcard prime 山姆 盒马 京东 "
        # how the user buys and pays: "Pays cash for everything", "只买二手衣服"
        "cash paypal contactless refurbished second-hand charity bulk online reviews warranty "
        "现金 支付宝 微信支付 手机支付 二手 官翻 网购 包邮 运费 比价 延保 团购 "
        "broke skint unemployed redundant redundancy deposit mortgage divorce "
        "retire retiring retirement pension "
        "钱 预算 零花钱 攒 存钱 省钱 能省就省 首付 房贷 便宜 订阅 买房 失业 待业 手头 裁员 离婚 退休 养老金 "
        # what comes in and goes out by the rules: benefits, a bonus, tax, insurance, credit
        "benefits credit bonus tax taxes hmrc irs insurance maternity "
        "低保 补贴 年终奖 补税 报税 交税 税务局 社保 征信 医保 保险 产假工资",
        "buy purchase price cost gift present pay app upgrade new latest shop birthday christmas "
        # what is put by: "How should I plan my savings?" after "I'm going to retire next year"
        "savings invest investment investments isa pension "
        "存款 理财 投资 养老 基金 "
        # what is paid for on a trip: "Budget is about 300 pounds" for "What kind of hotel should I look for?"
        "hotel hotels hostel trip holiday vacation ticket tickets flight flights "
        "restaurant restaurants takeaway cruise spa "
        "买 礼物 价格 换 最新 挑 付费 送 生日 酒店 住宿 机票 门票 旅行 旅游 餐厅 饭馆 下馆子 外卖 邮轮 "
        "水疗 按摩",
    ),
    "tech": (
        "android iphone apple linux windows mac phone laptop computer kindle app software device "
        "samsung galaxy pixel huawei xiaomi oneplus "
        "安卓 苹果 手机 电脑 系统 软件 Linux Windows 华为 小米 三星 荣耀",
        "phone watch laptop computer software app device buy gadget editing video download game games "
        "streaming 手机 手表 电脑 软件 视频 下载 游戏 应用",
    ),
    "schedule": (
        # habits ("on Thursday evenings", "每周日"); no day names, which a day's plan has ("next Saturday")
        "night shift morning mornings evening evenings early late sleep day work commute call exam exams "
        "夜班 早上 起不来 睡觉 白天 通勤 每周 每天 值班 加班 倒班 夜猫子 早起 晚睡 熬夜 考试 期末 中考 高考",
        "time when schedule appointment book booking test meeting morning evening commit league shift "
        "concert gig theatre show engineer plumber electrician builder builders technician fitter "
        "师傅 上门 维修 "
        "时间 安排 预约 几点 日程 考试 报名 什么时候 哪天 几号",
    ),
    "pets": (
        "cat cats dog dogs pet pets fur animal studio garden ferret ferrets rabbit rabbits parrot hamster "
        "tortoise horse pony guinea 猫 狗 宠物 猫毛 狗毛 院子 雪貂 兔子 鹦鹉 仓鼠 乌龟",
        # what a household with animals buys around them: the car. Not "animal": its stem is that of
        # "animated" ("Any animated films?" asks for films)
        "pet adopt cat dog kitten puppy shelter car holiday holidays away trip weekend "
        # what a home's animals scratch, chew and shed on: "What kind of sofa should I buy?"
        "sofa sofas couch settee furniture carpet carpets rug rugs curtains armchair "
        "宠物 领养 猫 狗 车 度假 出远门 外地 沙发 家具 地毯 窗帘",
    ),
    # loud bangs: a pet or a person who fears them, and the nights of the year that have them
    "fireworks": (
        "firework fireworks 鞭炮 烟花 放炮 炮仗",
        "bonfire guy fawkes new year eve diwali hogmanay independence celebration display "
        "过年 春节 除夕 元宵 跨年 国庆 庙会 烟花 鞭炮",
    ),
    "eyes": (
        "eye eyes sight eyesight blind screen small print 眼睛 近视 视力 色盲 小字",
        "screen read reading display phone device buy colour color game games board puzzle map "
        "屏幕 阅读 手机 设备 颜色 桌游 游戏 拼图 地图",
    ),
    "study": (
        "learn learning study studying exam exams language spanish japanese math a-levels gcses phd degree "
        "masters university uni reader learner dyslexic dyslexia dyscalculia dyspraxia adhd "
        "学 学习 考研 日语 数学 复习 听力 考试 备考 考证 要考 多动症 夜校",
        "study review practise practice podcast listen watch show series course exam learn homework revise "
        "memorise memorize break half-term 复习 学习 听 练习 练 通勤 看 节目 剧 课 作业 功课 怎么记 记住 "
        "背诵 背单词 假期 寒假 暑假 五一 国庆",
    ),
    # what a doctor, a dentist or a pharmacist has to know: allergies, conditions, medicines
    "care": (
        # words a condition or a medicine is named by, not everyday ones ("close to my heart")
        "allergic allergy allergies latex penicillin thinners insulin diabetes diabetic asthma pacemaker "
        "epilepsy pregnant pregnancy conceive 过敏 乳胶 青霉素 怀孕 备孕 糖尿病 哮喘 抗凝",
        "doctor dentist gp hospital appointment pharmacy pharmacist medicine prescription tablet painkiller "
        "aspirin ibuprofen vaccine jab injection checkup check-up blood nurse clinic supplement supplements "
        "vitamins 医生 牙医 看牙 看病 保健品 "
        "医院 药 药店 体检 打针 疫苗 献血 诊所",
    ),
    # what a body or a household can manage: a walker, crutches, a pushchair, no lift
    "mobility": (
        "wheelchair walker crutches cane stick mobility stairs lift elevator ankle knee knees hip leg "
        "distance distances "
        "legs back pushchair stroller pram toddler baby surgery elderly frail steady balance 80s 90s floor "
        "dyspraxia dyspraxic coordination 运动障碍 "
        "bladder incontinence ibs crohn colitis dementia alzheim confused "
        "尿频 肠易激 老年痴呆 痴呆 阿尔茨海默 "
        "轮椅 拐杖 助行器 楼梯 电梯 腿 膝盖 腰 推车 婴儿车 手术 走路不稳 八十多岁 九十多岁",
        "go out visit trip outing restaurant dinner lunch museum park zoo hotel venue theatre concert "
        "anniversary date holiday tour market fair festival deliver delivery courier install "
        "sofa furniture wardrobe fridge piano mattress bed chair desk pillow "
        "出门 逛 餐厅 景点 酒店 公园 博物馆 游玩 旅游 约会 集市 市集 送货 配送 送上门 安装 "
        "沙发 家具 冰箱 衣柜 吃饭 午饭 晚饭",
    ),
    # how the user takes company: big parties, crowds, being an introvert
    "social": (
        "party parties crowd crowds crowded social socialising socializing introvert introverted extrovert "
        "gathering gatherings autism autistic sensory adhd migraine migraines strobe flashing "
        "聚会 派对 人多 社交 内向 外向 热闹 自闭症 孤独症 偏头痛",
        "celebrate celebration birthday party anniversary wedding reunion gathering host hen stag "
        "market fair festival gig parade carnival rave club clubbing nightclub concert "
        "庆祝 过生日 生日 聚会 派对 办 婚礼 年会 同学会 集市 市集 庙会 音乐节",
    ),
    # an occasion being planned: its colours, the couple, what it needs
    "occasion": (
        "wedding weddings bride groom engaged engagement fiance fiancee honeymoon christening scheme palette "
        "婚礼 结婚 订婚 新娘 新郎 婚宴 蜜月 满月酒 主色调 配色",
        "flowers flower bouquet venue dress suit cake invitation invitations decorations decor photographer "
        "ring rings guest guests favours theme "
        "花 鲜花 花束 捧花 场地 婚纱 礼服 西装 蛋糕 请柬 请帖 装饰 布置 摄影 婚戒 戒指 宾客 喜糖",
    ),
    # what a customer's membership gives: a Plus member asking about delivery
    "membership": (
        "member membership prime premium vip subscriber loyalty 会员 会籍",
        "delivery deliveries shipping postage free discount discounts sale sales price prices cost costs "
        "charge charges fee fees 运费 包邮 配送 快递 折扣 优惠 打折 价格 免费 费用",
    ),
    # what hands can manage: a tremor, arthritis, a grip
    "hands": (
        "hand hands finger fingers tremor shaky fiddly grip dexterity arthritis 手抖 手指 关节炎 精细",
        "craft crafts knit knitting sew sewing crochet embroidery model kit lego jigsaw instrument "
        "guitar piano ukulele tools diy assemble gadget keyboard typing "
        "手工 编织 织 缝 绣 拼装 模型 乐器 钢琴 吉他 工具 组装 拼图 打字",
    ),
    # how the user hears: noisy places, calls, films
    "hearing": (
        "deaf hearing tinnitus cochlear 聋 耳背 听力 助听器 耳鸣 听不见 听不清 人工耳蜗",
        "restaurant bar pub party call phone meeting film films cinema tv show concert gig theatre "
        "餐厅 酒吧 聚会 电话 会议 电影 电视 演唱会 剧场",
    ),
    # a faith kept: its days, its food and drink, what it does not celebrate
    "faith": (
        "muslim jewish christian catholic hindu buddhist sikh jehovah witness quaker mormon kosher halal "
        "ramadan shabbat sabbath lent fasting 穆斯林 清真 佛教 信佛 基督 天主 耶和华 斋月 安息日 初一十五",
        "birthday christmas easter party celebration gift present dinner restaurant wine drink saturday "
        "friday sunday 生日 圣诞 过节 聚会 礼物 餐厅 请客 酒 周五 周六 周日",
    ),
    # a move to come: what is signed up for where the user lives now
    "moving": (
        "moving relocating relocate emigrating emigrate council 搬家 调到 搬到 调去 外派 移民 公租房 排房",
        "membership subscription contract renew sign lease broadband gym school register dentist "
        "sofa furniture send delivery deliver address "
        # ... and where what is bought is to be sent: "新电脑寄到哪里？"
        "续 会员 合同 办卡 健身卡 宽带 续租 报名 沙发 家具 寄 寄到 送到 收货 地址",
    ),
    # the home itself: what fits in it ("We've downsized to a two-bed flat" for "Should I buy the big table?")
    "home": (
        "flat apartment bungalow studio downsized downsize two-bed one-bed three-bed "
        "两居 一居 三居 小两居 户型 公寓 平房 房子小 房子",
        "table sofa furniture wardrobe desk shelves shelf rug mattress dishwasher washing "
        "餐桌 桌子 沙发 家具 衣柜 书桌 书架 置物架 地毯 床垫 洗碗机 洗衣机",
    ),
    # a home to have people round: its space, what works in it
    "hosting": (
        "toilet boiler heating tiny guests sofa spare room 厕所 马桶 热水器 暖气 沙发 客房 房子小",
        "host hosting guests invite round over ours stay visit 来我家 在我家 做客 来住 请客 家里办 住哪儿",
    ),
    # where and how the user sleeps: a light sleeper, noise
    "sleep": (
        "sleep sleeper sleeping insomnia noise noisy loud quiet snore newborn bark barks barking "
        "睡眠 睡觉 失眠 声音 吵 噪音 安静 宝宝 新生儿 狗叫 整晚叫",
        "hotel room stay hostel apartment flat rent camping tent flight overnight night 酒店 住 住宿 "
        "房间 民宿 租房 露营 夜",
    ),
    # whether the user has a partner: a dinner for two, a weekend away, Valentine's Day
    "relationship": (
        "married single divorced divorce separated widowed widow widower engaged "
        "已婚 单身 离婚 离异 丧偶 订婚 结婚",
        "date dating valentine valentines anniversary romantic couple couples partner dinner weekend away "
        "holiday honeymoon 约会 情人节 纪念日 浪漫 二人 情侣 周末 度假 晚餐",
    ),
    # where the user comes from: its food, its festivals, going back
    "origin": (
        "grew originally raised hometown 老家 长大 家乡",
        "food cuisine dish dishes recipe recipes restaurant homesick visit trip festival christmas "
        "家乡菜 口味 菜 餐厅 回家 回老家 探亲 过年 春节 节日 想家",
    ),
    # the weather where the user lives: what to drive, wear, grow and when to be out in it
    "climate": (
        "snow snows snowy humid humidity damp rains rainy monsoon floods freezing frost icy windy climate "
        "heatwave degrees hot dark 潮湿 回南天 下雪 多雨 台风 风沙 干燥 炎热 寒冷 零下 天黑 雾霾 多度 "
        "很热 特别热",
        "car tyre tyres tire tires coat jacket boots run running runs jog walk walks hike outdoor "
        "outdoors garden plant plants herbs grow furniture wooden duvet heating bike cycle "
        "车 轮胎 外套 羽绒服 靴子 跑步 长跑 散步 徒步 户外 花园 阳台 种 植物 家具 被子 暖气 自行车 骑车",
    ),
    # how the user's home is connected: what streams, downloads and goes online
    "connection": (
        "internet broadband wifi signal reception megabits offline 网速 信号 流量 宽带 断网 上网 网络",
        "stream streaming watch download downloads game games console app apps course online class lesson "
        "lessons video videos podcast podcasts upload tv "
        "视频 会员 下载 游戏 游戏机 应用 网课 直播 录播 视频通话 播客 软件 电视 APP",
    ),
    # the power the home has: what appliances run on it, when a session online can be
    "power": (
        "power outage outages blackout blackouts shedding grid solar generator "
        "停电 限电 断电 离网 太阳能 发电机",
        "hob cooker oven kettle coffee appliance appliances charge charging charger fridge freezer electric "
        "heater tutoring online session sessions "
        "电磁炉 烤箱 咖啡机 电器 充电 冰箱 电热 网课 辅导 水壶",
    ),
    # the user's hours against others': when to call, meet or ring home
    "timezone": (
        "ahead behind timezone 时差",
        # (not "when" nor "time": every question of the past asks them)
        "call calls ring phone meeting meetings video zoom 电话 视频 开会 会议 例会 几点",
    ),
    # how far the home is from things: how what is bought gets there
    "remote": (
        "nearest island ferry remote rural 离最近 岛上 轮渡 偏远",
        "delivery deliver delivered groceries grocery meals shopping order sofa furniture parcel "
        "快递 送货 送过来 买菜 网购 超市 沙发 家具 包裹 饭",
    ),
    # what the home's water, air and height do to things in it
    "upkeep": (
        "limescale scale scales rust rusts altitude mountains 水垢 水质 生锈 海边 海拔",
        "kettle appliance appliances coffee washing furniture garden outdoor bake baking bread cake "
        "水壶 烧水壶 电器 咖啡机 洗衣机 家具 户外 烤 面包 蛋糕 烘焙",
    ),
    # betting kept away from: a stag do, a day at the races, a trip to Las Vegas
    "gambling": (
        "gambling gambler betting bookies casino casinos poker 赌 赌博 赌钱 博彩 戒赌",
        "stag hen races racing derby vegas casino poker cards night out trip weekend football match "
        "单身派对 赛马 澳门 拉斯维加斯 打牌 麻将 球赛 世界杯",
    ),
    # what the mind has been through: a new job, a promotion, the hours worked
    "career": (
        "breakdown burnout burnt-out anxiety depression depressed confidence bipolar stress stressed "
        # ... and where the user stands at work and with the law
        "probation employer jury criminal lawsuit "
        "崩溃 倦怠 焦虑 抑郁 自信 双相 压力 试用期 病假 陪审员 劳动合同 公司配车 公司报销 单位报销 案底 官司",
        "job jobs role promotion promoted apply application interview manager lead leader career workload "
        "hours overtime leave off office commute volunteer linkedin "
        "工作 职位 升职 晋升 面试 申请 组长 经理 岗位 加班 跳槽 换工作 请假 休假 团建 志愿者 朋友圈",
    ),
    # the user's papers: where they may go, work and study
    "papers": (
        "visa visas passport citizen citizenship residence permit refugee asylum papers "
        "签证 护照 国籍 居留 绿卡 难民 户口 证件",
        "trip travel holiday abroad flight flights europe job offer "
        "旅行 出国 度假 机票 出境 春游 小长假 国外",
    ),
    # family ties: who is invited, where the holidays and occasions are spent
    "ties": (
        "in-laws inlaws estranged custody co-parent ex remarried stepdaughter stepson speaking "
        "公婆 婆婆 公公 岳父 岳母 断绝 处不来 不说话 抚养 前妻 前夫 再婚 继女 继子",
        "christmas holiday holidays birthday party invite invitation lunch dinner sunday visit mothers "
        "fathers half-term wedding 春节 过年 生日 聚会 午饭 父亲节 母亲节 婚礼 探亲 团圆",
    ),
    # children leaving home, a baby on the way: the evenings, the car, the room, the shifts
    "nest": (
        "twins triplets university uni moved baby 双胞胎 龙凤胎 二胎 三胎 住校 上大学 搬出去 剩我们 生了",
        "evenings evening free car bigger room shifts 车 晚上 空出来 房子 排班",
    ),
    # someone the user has lost: the days that remember them
    "grief": (
        "died passed funeral grieving grief bereaved bereavement 去世 过世 离世 病逝 忌日 葬礼",
        "mother's father's mothers fathers birthday christmas anniversary card gift present celebration "
        "母亲节 父亲节 生日 过年 春节 礼物 庆祝 纪念日 中秋 清明",
    ),
    # how the user wants to be reached: texts, not calls; email only
    "contact": (
        "text texts texting message messages sms email emails call calls phone whatsapp "
        "短信 消息 发消息 微信 邮件 电话 打电话 接电话",
        "notify notified notification notifications remind reminder reminders 通知 提醒 告诉我 回复我 联系我",
    ),
}

_CUES: dict[str, frozenset[str]] = {}
_WORDS: dict[str, str] = {}
_ASKS: dict[str, frozenset[str]] = {}
_CUE_TEXT: dict[str, str] = {}
_PARTICLES = frozenset({"up", "out", "in", "on", "off", "one", "two", "three", "co"})
"""Parts of a hyphenated word that name nothing alone: "check-up" names care by "check", not by "up"
("What should we line up?" was asked in care, and got no films)."""


def _terms(words: str, *, particles: bool = True) -> frozenset[str]:
    return frozenset(
        t
        for w in words.split()
        for t in (index_terms(w) if not is_chinese(w) else [w])
        if particles or "-" not in w or t not in _PARTICLES
    )


_ASKED: dict[str, frozenset[str]] = {}
"""``_ASKS`` without ``_PARTICLES``: what ``asks_in`` reads (search keeps ``_ASKS``, as it was tuned)."""
for _name, (_cues, _words) in DOMAINS.items():
    _CUES[_name] = _terms(_cues)
    _ASKS[_name] = _terms(_words)
    _ASKED[_name] = _terms(_words, particles=False)
    _WORDS[_name] = _words
    _CUE_TEXT[_name] = _cues

_PREFERENCE_CUES = re.compile(
    r"\b(?:avoid|avoids|allergic|intolerant|sensitive|hate|hates|can't|cannot|never|don't|only|prefer|"
    r"love|loves|like|likes|dislike|stay away|steer clear|budget|vegan|vegetarian|terrified|afraid|"
    r"scared|bad|weak|saving|no thanks|not for me|no way|dealbreaker|draw the line|off the table|"
    r"never appealed)\b"
    r"|不|只|过敏|敏感|喜欢|讨厌|受不了|怕|恐|晕|吃力|攒钱|预算|手头紧|手头很紧|没有?(?:钱|车|电梯|驾照|时间|空|网)|素|算了|免了|底线|没兴趣|门都没有",
    re.IGNORECASE,
)


def states_preference(text: str) -> bool:
    """Whether ``text`` reads like a preference, aversion or constraint (a cue word is enough)."""
    return bool(_PREFERENCE_CUES.search(text))


_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b|\bo'clock\b"
    r"|(?:早上|上午|中午|下午|晚上|凌晨|夜里)?[一二三四五六七八九十两\d]{1,3}点(?:半|钟)?",
    re.IGNORECASE,
)
"""A time of day ("the 7am bootcamp", "早上七点的课"): a request that names one is about the user's day."""


def _touched(text: str, by: dict[str, frozenset[str]]) -> list[str]:
    """The domains whose words (``by``) ``text`` names: a shared term, or a Chinese word it contains; in a
    request, a time of day names the schedule."""
    terms = set(index_terms(text))
    chinese = simplified(text) if is_chinese(text) else ""  # either script: "過敏" names 过敏
    clock = by is not _CUES and bool(_CLOCK.search(text))
    out = by is not _CUES and bool(_OUT_IN.search(text))
    # "What should I have for dinner?" asks what to eat, not where to go for it
    home = by is not _CUES and bool(_MEAL_HAD.search(text))
    told = by is not _CUES and bool(_TOLD.search(text))
    return [
        name
        for name, words in by.items()
        if terms & words - (_MEALS if home and name == "mobility" else frozenset())
        or (chinese and any(w in chinese for w in words if is_chinese(w)))
        or (clock and name == "schedule")
        or (out and name in ("travel", "mobility"))
        or (told and name == "contact")
    ]


_TOLD = re.compile(
    r"\b(?:(?:will|would|can|could|do) you let (?:me|us) know"
    r"|let (?:me|us) know (?:when|once|as soon as|if|whether)"
    r"|keep (?:me|us) (?:posted|updated|in the loop)|get back to (?:me|us)|"
    r"hear back|tell (?:me|us) when|be in touch|get in touch with (?:me|us))\b",
    re.I,
)
"""A request that asks how the user will be told ("How will you let me know?"): it names being contacted,
though none of its words do."""


_OUT_IN = re.compile(
    r"\b(?:should|could|can|shall|to) (?:we |I )?(?:do|see|visit|explore|go) (?:in|around) (?-i:[A-Z][a-z]+)"
    r"|\bthings to (?:do|see)\b|\bsightseeing\b|\bget(?:ting)? (?:around|about)\b",
    re.I,
)
"""A request for a day out somewhere ("What should we do in Kyoto?", "things to see in Rome", "tips for
getting around the old town"): it names travel and getting about, though none of its words do."""


_MEAL_HAD = re.compile(
    r"\b(?:have|eat|cook|make|prepare|fix)\b[^.?!]{0,30}\bfor (?:dinner|lunch|breakfast|supper|tea)\b"
    r"|\b(?:dinner|lunch|breakfast|supper) (?:ideas?|recipes?)\b",
    re.I,
)
_MEALS = frozenset({"dinner", "lunch"})
"""A meal the user has rather than goes out for ("What should I have for dinner?", "dinner ideas"): it names
food, not getting about."""


_EVERYWHERE = frozenset(
    {"get", "go", "eat", "new", "latest", "night", "weekend", "plan", "book", "order", "pay", "move"}
    | {"walk", "watch", "stay", "ride", "read", "listen"}
)
_NAMING: dict[str, str] = {
    name: " ".join(w for w in words.split() if (len(w) > 1 if is_chinese(w) else w not in _EVERYWHERE))
    for name, (_, words) in DOMAINS.items()
}
"""The request words that name a domain's activity in a statement too ("the whole trip", "旅行"), less
those in too many sentences to say so: a single Chinese character (去, 玩, 看), "get", "night", "book"."""


def domain_words(text: str) -> str:
    """The request words of every domain ``text`` touches ('' when none)."""
    return " ".join(_WORDS[name] for name in _touched(text, _CUES))


def asks_in(query: str) -> list[str]:
    """The domains a request asks in, by its words ("any drinks you'd suggest?": drink; "What should we line
    up?": none)."""
    return _touched(query, _ASKED)


_NAMES = {
    name: frozenset(t for w in words.split() for t in (index_terms(w) if not is_chinese(w) else [w]))
    | ({"eat", "吃"} if "eat" in DOMAINS[name][1].split() else set())
    for name, words in _NAMING.items()
}
"""The words by which a request names a domain for what the user stated to bear on it (``applies_to``):
those that name it in a statement, and "eat" ("What should we eat in Tokyo?" asks about food, though too many
statements say "eat" for a search to look for it), as 吃 does ("今晚吃什么？")."""


def applies_to(statement: str, query: str) -> bool:
    """Whether what ``statement`` says bears on a request ``query`` asks: a domain the statement names is
    one the request names by a word of its own ("Avoids lifts" for a hotel room on the 14th floor, "Refuses
    to fly" for a holiday; not for "Any tips for getting fitter?", whose "get" every domain uses)."""
    return bool(set(_touched(statement, _CUES)) & set(_touched(query, _NAMES)))


def names_another(statement: str, query: str) -> bool:
    """Whether ``statement`` is of other everyday domains than the ones a request ``query`` names: both name
    some, and none in common ("少吃盐", food, for "有什么运动适合我？", exercise)."""
    said, asked = set(_touched(statement, _CUES)), set(_touched(query, _NAMES))
    return bool(said and asked and not said & asked)


def domain_cues(query: str) -> str:
    """For a request, the cue words of every domain it asks in ('' when none): what a stated preference
    that applies to it would say."""
    return " ".join(_CUE_TEXT[name] for name in _touched(query, _ASKS))


def domain_names(query: str) -> str:
    """For a request, the words that name what requests in its domains are about ('' when none): a
    constraint that names it applies too ("My budget for the whole trip is 500 pounds", "整个旅行预算就三千块"
    for "Where should I go for a week in June?")."""
    return " ".join(_NAMING[name] for name in _touched(query, _ASKS))


_ADVICE_EN = re.compile(
    r"\b(?:should|shall|can|could|may) (?:I|we)\b|\bhow (?:do|should|can|could) (?:I|we)\b"
    r"|\b(?:is|are)\b.*\b(?:a good idea|okay|ok|safe|fine|wise|worth)\b|\bwould (?:a|an|it|that|this)\b"
    r"|\bgood (?:idea|time|way|place|option|choice|plan)\b|\b(?:which|what)\b.*\bbest\b"
    r"|^(?:give|find|get|make|book|plan|pick|choose|suggest|recommend|help) (?:me|us|our|my|a|an|some)\b"
    r"|^(?:can|could|would|will) you (?:plan|recommend|suggest|pick|find|help|give|make|book|choose)\b"
    # a service asked for, which what the user lives with bears on: "Can you deliver it on Tuesday?"
    r"|^(?:can|could|would|will) you (?:deliver|install|send|bring|collect|fit)\b"
    r"|\b(?:can|could|would|will|do) you (?:recommend|suggest)\b"
    r"|^(?:when|where|what|which|who|how)\b.*\bshould\b"
    # "When could the plumber come?": a modal before the user or a thing, not before someone named
    r"|^(?:when|where|what|which|who|how)\b.*\b(?:could|can) (?:I|we|the|a|an|some\w*|they)\b"
    r"|^(?:what's|what is|what are|what're|any|got)\s+(?:a |an |some |any )?(?:good|nice|decent|fun)\b"
    # what a support chat asks once a problem stands: "What are my options now?", "What happens next?"
    r"|\bwhat are (?:my|our) options\b|^what (?:happens|comes) next\b|^what now\b"
    # "What's a realistic goal for the next three months?"
    r"|^(?:what's|what is|what would be|what'd be)\s+(?:a |an |my )?(?:realistic|sensible|healthy|reasonable|"
    r"achievable|safe) (?:goal|target|pace|aim|amount|plan)\b"
    r"|^(?:any|some|got any) (?:tips|ideas|suggestions|advice|recommendations)\b"
    # "Any playlists for a long drive?", "Got any snacks for the trip?": things asked for, for something
    r"|^(?:any|got any) (?:good |nice |decent |fun )?[\w-]+s (?:for|to)\b"
    # requests without a verb or without "I": "Ideas for a pasta dish?", "Route suggestions for ...",
    # "Thoughts on ...", "Where to take my dad", "Best way to ...", "Looking for ...", "Need ideas ..."
    r"|\b(?:ideas?|suggestions?|thoughts|tips|recommendations?|advice|options) (?:for|on|about)\b"
    # ... or ending the request, or with a place: "Gift ideas?", "Day trip ideas from London?"
    r"|\b(?:ideas?|suggestions?|tips|recommendations?) (?:from|in|near|around)\b"
    r"|\b(?:ideas?|suggestions?|tips|recommendations?)\s*\?\s*$"
    r"|^(?:ideas?|suggestions?|tips|recommendations?)\b|^(?:any )?plans? for\b"
    r"|^(?:where|what|which|who|when|how) to\b"
    r"|^(?:the )?(?:best|good|cheapest|quickest|easiest|nicest) (?:way|place|time|option|spot)s?\b"
    r"|^(?:I'm |I am )?(?:looking for|after)\b|^(?:I )?need (?!to\b)"
    r"|^(?:suggest|recommend|find|pick) (?:something|anything|somewhere|one|a few|two|three)\b"
    r"|\bany (?:ideas|suggestions|tips|recommendations|thoughts)\b|^fancy\b|^how about\b"
    r"|\b(?:what|which|where) would you\b|^(?:where's|where is) (?:good|best|nice|a good)\b"
    # a plan or a wish said as a statement: "Planning a holiday for August.", "Want to do something ..."
    r"|^(?:I'm |we're |I am |we are )?(?:planning|thinking (?:about|of)|hoping to|trying to decide)\b"
    r"|^(?:I |we )?(?:want|wanna|would like) to\b|\banything (?:I|we) should\b|\bworth it\b"
    r"|^(?:things|stuff|places|somewhere|something) to (?:do|see|eat|visit|try|watch|read|buy)\b"
    # a time found for the user: "When could you fit me in for a haircut?"
    r"|\b(?:fit|book|squeeze|pencil) (?:me|us) in\b"
    # how much of something to get: "How big a turkey do I need?", "How many chairs should we hire?"
    r"|^how (?:big|much|many|long|large|early|far ahead)\b[^.!?]*\b(?:should|do|shall) (?:I|we)\s+"
    r"(?:need|get|buy|book|order|make|cook|bring|pack|plan|budget|allow|hire)\b"
    r"|\b(?:a )?(?:good|smart|wise|sensible) (?:shout|call|move|bet)\b"
    # what would fit the user: "What exercise would suit me?", "Is swimming good for my knees?"
    r"|^(?:what|which|is|are|would|will|does|do)\b[^.!]*\b(?:suits?|suited to|suitable for|right for|"
    r"good for|ok for|okay for|safe for|better for|best for) (?:me|us|my|our|someone like me)\b"
    # what someone would like: "What books would he like?", "Which games might my daughter enjoy?"
    r"|^(?:what|which)\b[^.!]*\b(?:would|might|will) (?:he|she|they|my \w+|our \w+|I|we) "
    r"(?:like|love|enjoy|want|prefer|be into)\b",
    re.IGNORECASE,
)
_ADVICE_FOR_ME_EN = re.compile(
    r"\b(?:recommend\w*|suggest\w*|advice|advise|ideas?|tips?|pick|choose|plan|which|what to|worth)\b",
    re.IGNORECASE,
)
_FIRST_PERSON_EN = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b")
_ADVICE_ZH = re.compile(
    r"推荐|建议|要不要|该不该|能不能|可不可以|可以.*吗|能.*吗|应该|帮我|给我|适合|合适|怎么(?:走|安排|准备|办|选)|"
    r"如何|怎么样|好不好|行不行|(?:什么|啥|哪).*(?:好|合适)|(?:怎么|咋)过|"
    # a choice to make: "做点什么吃", "订在哪天", "订几点的", "安排些什么"
    r"(?:订|(?<!一)定|挑|选|买|提供|吃|喝|看|听|穿|带|点|做|去|玩|过|安排|要|送|报|约|住|准备|弄|坐|用|装|养|种|学|逛|试|"
    r"注意|考虑)(?:点|些|个|在|到|试|我|他|她|我们|他们)?"
    r"(?:什么|啥|哪|几|多[大少长久贵])|"  # ... and how much of it: "火鸡买多大的？"
    r"(去|买|订|吃|喝|看|玩|报|办|换|用|带|搬|约|参加)不\1|"  # "去不去", "买不买"
    r"还是.*[?？]|哪些|什么时候|怎么\w|咋\w|要\w*吗|(?:下载|用|装|买|办|报|选)(?:什么|啥)|值得|值不值|划算|"
    r"求推荐|有推荐|有啥推荐|有(?:什么|啥)\w{0,4}(?:技巧|办法|窍门|主意|点子|建议|要注意)"
    # a plan or a wish of the user's, said as a statement: "想找个新的运动项目", "我们打算去葡萄牙玩一周"
    r"|^(?:我们?)?(?:想|打算|计划|准备)(?!起|到|念|法|通)"
    # a yes-or-no question about doing something, not about the assistant ("周末带孩子去嘉年华吗？")
    r"|^[^你]*(?:去|带|买|订|报|参加|玩|办|搬|换|吃|喝|看|约)[^你]*吗[?？]?\s*$"
)


_CALENDAR_WORDS = "|".join([*calendar.month_name[1:], *calendar.day_name])
_CAPITALISED = re.compile(rf"(?<=\s)(?!I\b)(?!(?:{_CALENDAR_WORDS})\b)[A-Z][a-z]+")


def about_someone(query: str) -> bool:
    """Whether ``query`` (English) asks about someone it names, not about the user's own life: a name
    in it (a capitalised word after the first, not a month or a day) and no "I", "my", "we" ("What
    activities does Melanie partake in?", "Who supports Caroline when she has a negative experience?")."""
    return bool(_CAPITALISED.search(query)) and not _FIRST_PERSON_EN.search(query)


_OWN_CASE_EN = re.compile(
    r"^(?:why|how come)\b|^(?:when|where|how) (?:will|would|can|could|should) (?:I|my|me|the|you)\b",
    re.IGNORECASE,
)
_OWN_CASE_ZH = re.compile(
    r"为什么|为啥|怎么(?:还|又|会|没|不)|什么时候(?:能|会|到|收到)|(?:寄|发|退)到哪|怎么知道"
)


def asks_own_case(query: str) -> bool:
    """Whether ``query`` asks why, when or how something goes in the user's own case, as a support chat
    does ("Why can't I log in?", "How will I hear about the repair?", "When will my parcel arrive?",
    为什么查不到我的账户？): what the user said of their situation (an account in another's name, a phone
    that is broken, a parcel stuck) bears on it whatever its words."""
    text = query.strip()
    return bool((_OWN_CASE_ZH if is_chinese(text) else _OWN_CASE_EN).search(text))


def seeks_advice(query: str) -> bool:
    """Whether ``query`` asks what the user should do, choose or have (a recommendation, a plan, a yes
    or no about a choice of theirs): a request that the user's standing preferences and constraints
    bear on even when it shares no word with them."""
    text = query.strip()
    if is_chinese(text):
        return bool(_ADVICE_ZH.search(text))
    # each sentence on its own: "I only have half an hour a day. What exercise would suit me?"
    asked = any(_ADVICE_EN.search(said) for said in sentences(text))
    return asked or bool(_ADVICE_FOR_ME_EN.search(text) and _FIRST_PERSON_EN.search(text))
