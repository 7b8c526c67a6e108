"""Hand-written probe messages (not from any dev file): (text, category, urgent)."""

PROBES: list[tuple[str, str, bool]] = [
    # subsistence
    ("我家低保金这个月没到账，打电话问村里也说不清，家里就靠这点钱过日子", "subsistence", False),
    ("老伴走了以后就我一个人，没有收入，种不了地，想办个低保", "subsistence", False),
    ("低保复核以后说我家超标了，可我家实际收入很低，孩子还在上学", "subsistence", False),
    # destitute
    ("我是村里的五保户，照料我的人最近不来了，我腿脚不好做饭都难", "destitute", False),
    ("特困供养的老人刘大爷三天没出门了，敲门也不应", "destitute", True),
    # temporary
    ("昨天晚上家里失火，房子烧了一大半，一家人现在没地方住", "temporary", True),
    ("丈夫出车祸走了，家里欠了一大笔钱，两个孩子还小，日子过不下去了", "temporary", False),
    ("发大水把家里的东西都冲走了，粮食也泡了，现在吃饭都成问题", "temporary", True),
    # medical
    ("我爸查出肺癌，化疗一次就要一万多，家里已经借遍了亲戚", "medical", False),
    ("孩子白血病住院，医院催着交钱，不交就停药，求求你们帮帮我们", "medical", True),
    ("我妈做完手术，医保报完还要自己出三万多，实在拿不出来", "medical", False),
    # education
    ("闺女考上大学了，可学费和住宿费一共八千多，家里实在凑不出来", "education", False),
    ("孩子上初中了，家里困难想问问有没有助学金能申请，孩子学习很好", "education", False),
    ("儿子说不想念书了要出去打工，因为家里交不起学费", "education", False),
    # housing
    ("我家房子是土坯房，下雨就漏，墙上都裂了大缝，住着害怕", "housing", False),
    ("房子墙体裂开了，昨晚又掉了一块，随时可能塌，老人还住在里面", "housing", True),
    ("冬天屋里太冷了，买不起煤，老伴天天冻得睡不着", "housing", False),
    # employment
    ("我下岗两年了，一直找不到工作，想问问有没有公益岗", "employment", False),
    ("厂子倒闭了，我四十多了没啥技术，想学点技能找个活干", "employment", False),
    # disability
    ("我儿子是智力残疾，想给他办个残疾证，还想申请两项补贴", "disability", False),
    ("我是肢体残疾二级，护理补贴这几个月都没发", "disability", False),
    # child
    ("村里有个孩子父母都去世了，跟着七十多岁的奶奶过，奶奶也病了", "child", False),
    ("邻居家的孩子爸爸坐牢了妈妈跑了，孩子一个人在家好几天了，没人给做饭", "child", True),
    ("我是网格员，辖区有个留守儿童，父母在外打工，爷爷奶奶年纪大管不了", "child", False),
    # elderly
    ("我爸八十五了，一个人住在村里，我们都在外地，想给他找个助餐的地方", "elderly", False),
    ("对门的独居老人好几天没见出门了，晚上灯也不亮，敲门也不开", "elderly", True),
    ("我奶奶九十多了卧床不起，保姆走了，家里没人照顾她", "elderly", True),
    # vagrant
    ("桥洞底下住着一个流浪汉，这两天降温了，他穿得很少", "vagrant", True),
    ("火车站门口有个老人迷路了，说不清家在哪，问什么都说不知道", "vagrant", True),
    ("街上有个要饭的，看着精神不太正常，天天在那坐着", "vagrant", False),
    # mental
    ("最近压力特别大，晚上整夜睡不着，总想哭，不知道该找谁说", "mental", False),
    ("我已经买好了安眠药，活着太累了，对不起家里人", "mental", True),
    ("我妹妹最近老说活着没意思，昨天还问我跳楼疼不疼", "mental", True),
    # complaint
    ("我们村会计家有车有房还吃着低保，这不是骗保吗，我要举报", "complaint", False),
    ("去民政办办事，工作人员态度恶劣，让我跑了好几趟还不给办", "complaint", False),
    ("村里评低保都是村主任说了算，他亲戚全都吃上了", "complaint", False),
    # inquiry
    ("临时救助最多能给多少钱，多长时间能批下来", "inquiry", False),
    ("我上个月交的低保申请，现在审到哪一步了", "inquiry", False),
    ("高龄补贴是多大岁数开始发，每个月多少", "inquiry", False),
    # other
    ("小区门口天天有人摆摊，噪音太大，晚上睡不着觉", "other", False),
    ("公司拖欠我们三个月工资了，老板也找不到人", "other", False),
    ("你好，在吗？", "other", False),
    ("孩子上小学的划片问题，我们小区为什么划到那么远的学校", "other", False),
]

# A second, wider set in the styles the hotline sees: colloquial, formal, volunteers' reports.
PROBES += [
    # urgent: no food
    ("家里米吃完了，兜里也没钱，两个孩子从昨天到现在就吃了一包饼干", "temporary", True),
    ("老人家里一点吃的都没有了，冰箱空的，他说已经饿了一天", "elderly", True),
    ("我失业半年了，房租交不起被赶出来，身上只剩十几块钱，今晚不知道睡哪", "housing", True),
    # urgent: not seen / not answering
    ("隔壁王奶奶家从前天起就没见开过门，喊她也没人答应，她一个人住", "elderly", True),
    ("俺爹一个人在村里住，从昨天到现在打了十几个电话都没人接，俺在外地回不去", "elderly", True),
    ("我是社区网格员，辖区独居老人赵某连续三天未出门，敲门无人应答，屋内有异味", "elderly", True),
    # urgent: bedridden / nobody caring
    ("我妈偏瘫卧床，照顾她的我爸昨天突发脑梗住院了，家里现在没人照看她", "disability", True),
    ("村里有个智障的小伙子，唯一的亲人奶奶前天去世了，他自己不会做饭，这两天都没人管", "disability", True),
    ("俺家老头子痴呆了，俺昨天摔断了腿住院，他一个人在家不知道咋样了", "elderly", True),
    # urgent: sudden illness, no money
    ("孩子突然高烧抽搐，送到医院说要先交五千押金，我们身上只有几百块", "medical", True),
    ("我老公干活时突然晕倒，医生说是脑出血要马上手术，可我们拿不出手术费", "medical", True),
    ("我爸心脏病犯了，在医院抢救，医院让交钱，我们实在没钱了", "medical", True),
    # urgent: fire / collapse
    ("刚才我家着火了，消防车来了，房子烧得不能住了，一家五口没地方去", "temporary", True),
    ("下了一夜雨，后墙塌了一半，屋顶也在往下掉土，老人还住在里屋", "housing", True),
    ("家里煤气罐漏气，老人一个人在家不会弄，屋里全是味", "housing", True),
    # urgent: outdoors in the cold
    ("天这么冷，有个老头穿着单衣在公交站躺了一晚上了，叫他也不太说话", "vagrant", True),
    ("有个女的抱着孩子在超市门口坐了一下午，说是被赶出家门了，晚上没处去", "vagrant", True),
    # urgent: children
    ("楼下小孩才六七岁，他爸妈好几天没回来了，孩子自己在家吃方便面", "child", True),
    ("邻居家孩子身上青一块紫一块的，他后爸经常打他，今天又听见孩子哭喊", "child", True),
    # urgent: self-harm
    ("我真的受不了了，欠了一身债，孩子也不理我，今天晚上就去河边", "mental", True),
    ("我哥这两天一直说要去死，还把自己的东西都送人了，手机也关了", "mental", True),
    # not urgent, various
    ("想问一下我们这边的低保标准现在是每月多少钱", "inquiry", False),
    ("残疾人护理补贴和生活补贴能同时领吗", "inquiry", False),
    ("独居老人能不能申请居家养老服务，要什么条件", "inquiry", False),
    ("请问助学金什么时候发放，申请截止到几号", "inquiry", False),
    ("我的工单已经三天了还没人联系我，到底有没有人管", "complaint", False),
    ("村委会的人说我家不符合低保条件，可他们根本没来我家看过", "complaint", False),
    ("我们村有户人家儿子在城里买了两套房，老两口还吃着低保", "complaint", False),
    ("镇民政办的人办事要收好处费，不给就拖着", "complaint", False),
    ("我丈夫前年去世了，我一个人带着两个孩子，没有工作，家里困难，能申请低保吗", "subsistence", False),
    ("我家的低保从上个月开始少了两百，也没人通知为什么", "subsistence", False),
    ("低收入家庭认定需要多长时间，我是上个月交的材料", "inquiry", False),
    ("老人八十多了，儿女都在外地打工，平时吃饭有一顿没一顿的", "elderly", False),
    ("我爷爷一个人住，年纪大了腿脚不利索，想找人每天上门送顿饭", "elderly", False),
    ("我家孩子是自闭症，今年该上小学了，学校不愿意收", "education", False),  # 上学困难 (TAXONOMY; the lexicon since dev_tune_more7)
    ("我是盲人，残疾证丢了，补办要去哪里", "disability", False),
    ("孩子父亲去世了，母亲改嫁不管孩子，现在跟着爷爷奶奶，能不能算事实无人抚养儿童", "child", False),
    ("大学生暑假回村，家里穷，想问问有没有助学贷款", "education", False),
    ("家里两个孩子上学，老公常年生病，学费生活费压得喘不过气", "education", False),
    ("我今年五十了，工地上不要人了，想找个看大门的活", "employment", False),
    ("返乡以后一直没找到工作，家里还有老人要养", "employment", False),
    ("房子是六十年代的老房子，墙皮脱落，梁也有点歪，想申请危房改造", "housing", False),
    ("冬天取暖补贴今年还有吗，俺家烧煤的钱都不够", "housing", False),
    ("老伴住院花了十多万，报销完还欠着亲戚好几万", "medical", False),
    ("我有糖尿病并发症，每个月光买药就要一千多，退休金不够", "medical", False),
    ("去年发洪水把地里庄稼全冲了，今年到现在也没缓过来", "temporary", False),
    ("男人在工地摔伤了腰，半年干不了活，家里一下子没了收入", "temporary", False),
    ("最近老是心慌，晚上做噩梦，离婚以后就一直这样", "mental", False),
    ("孩子高考没考好，天天关在屋里不出来，饭也不怎么吃，我们很担心", "mental", False),
    ("镇上桥头有个流浪的大爷，看着挺精神，就是没地方住，天暖和了还行", "vagrant", False),
    ("今天天气怎么样", "other", False),
    ("我们小区的电梯坏了一个月了，物业不管", "other", False),
    ("单位不给交社保，找劳动部门没人管", "other", False),
    ("兼职刷单日赚三百，加微信详谈", "other", False),
]

# A third set, written after the second one was in.
PROBES += [
    ("俺娘今年八十三了 自己在家 前天摔了一跤到现在还躺在炕上起不来 俺在北京打工", "elderly", True),
    ("我是白涧村村医，村民李某精神分裂症，最近停药后在家砸东西，他老母亲七十多岁不敢回家", "disability", True),
    ("邻居老太太家的灯三天没亮了，报纸堆在门口，敲门没动静", "elderly", True),
    ("俺家俩孩子，他爹去年没了，俺在饭店洗碗一个月两千，孩子上学的钱都不够", "education", False),
    ("我们家房子是村里最破的，一下大雨屋里就进水，墙根都泡软了", "housing", False),
    ("请问特困人员的供养标准是多少", "inquiry", False),
    ("我想咨询一下残疾证怎么办理", "inquiry", False),
    ("女儿得了白血病，骨髓移植要四十万，家里把房子都卖了", "medical", False),
    ("丈夫在外地打工出了车祸，人还在ICU，我带着孩子赶过去连路费都是借的", "temporary", True),
    ("村里一个老光棍，无儿无女，今年七十多了，一直没人给办五保", "destitute", False),
    ("我爸死后我妈也走了，我才十五岁，现在跟着叔叔过，叔叔家也困难", "child", False),
    ("我男人是聋哑人，干不了重活，家里就靠我种地，想问问能不能吃低保", "subsistence", False),
    ("有个小孩在网吧待了两天两夜没回家，说家里没人，爸妈都在外地", "child", True),
    ("这个月的养老金为什么晚发了", "other", False),
    ("驾照年审在哪里办", "other", False),
    ("村干部把救灾的物资分给自己家亲戚了", "complaint", False),
    ("民政所的人说话难听，我去问个事被骂出来了", "complaint", False),
    ("我一个月收入不到一千，还要养两个上学的孩子和生病的婆婆，实在撑不住了，想申请低保", "subsistence", False),
    ("家里唯一的劳动力去年工伤死了，赔偿款一直没给，现在全家没有收入", "temporary", False),
    ("老伴中风瘫痪三年了，我一个人照顾，我自己也七十多了，实在伺候不动了，想申请护理补贴", "disability", False),
    ("孩子得了抑郁症，休学在家，一天到晚不说话", "mental", False),
    ("家里人都不理解我，我觉得活着一点意思都没有", "mental", True),
    ("救助站能不能把流浪的人送回老家", "vagrant", False),
    ("大桥底下有个人已经好几天了，今天下雪了他还在那，身上就一床破被子", "vagrant", True),
    ("我是下营镇常州村的网格员，本村一户村民家房屋后墙出现大裂缝，雨季有倒塌风险，户主为低保户", "housing", False),
    ("俺们这冬天取暖全靠烧柴火，俺腿脚不好上不了山拣柴，屋里冷得睡不着", "housing", False),
    ("在工地干活一年了包工头卷钱跑了，一分钱没拿到，现在连回家的车票都买不起", "temporary", False),
    ("想找个离家近的工作，能照顾孩子，有没有推荐", "employment", False),
    ("你们能不能帮我查一下我爸的低保为什么被停了，他一个人住，八十多了没有别的收入", "subsistence", False),
    ("刚才在路边看见一个老人倒在地上，叫不醒，我已经打了120", "vagrant", True),
]

# A fourth set.
PROBES += [
    ("俺家老爷子早上出门遛弯到现在没回来，他有点糊涂，手机也没带", "vagrant", True),
    ("我一个人带孩子，前夫不给抚养费，工作也丢了，这个月房租水电都交不上了", "subsistence", False),
    ("老母亲九十岁，脑子不清楚了，白天我们上班没人看着，前两天自己开煤气差点出事", "elderly", True),
    ("家里的顶梁柱倒下了，老公查出尿毒症，每周透析三次，家里欠了二十多万", "medical", False),
    ("孩子从小没了妈，他爸喝酒喝死了，现在九岁，跟着七十多的奶奶，奶奶也瘫了", "child", True),
    ("我们村有个五保老人，住的房子漏得不像样，冬天也没个炉子", "destitute", False),
    ("刚下岗，四十五岁，老婆有病，孩子上高中，感觉天都塌了", "employment", False),
    ("俺家猪圈后面住着个外地来的哑巴，也不知道吃啥，这几天冷得直哆嗦", "vagrant", True),
    ("想问问如果我们家有人在外地上班，还能不能吃低保", "inquiry", False),
    ("你好 我家是低保户 孩子考上研究生了 有没有什么补助", "education", False),
    ("我这病治了好几年了，钱花完了，医生说还得继续化疗，我不想治了，不想再拖累家里", "mental", True),
    ("楼上的独居大爷昨天晚上喊救命，今天早上去敲门没人开", "elderly", True),
    ("下了三天大雪，村里王婶家的房顶被压塌了，人跑出来了，现在在邻居家", "housing", True),
    ("外卖总是送错，平台也不管", "other", False),
    ("孩子在学校被同学欺负，老师不管", "other", False),
    ("给我们村发的慰问金被村里扣下了一半", "complaint", False),
    ("我是村里的网格员，想问问困境儿童的认定标准", "inquiry", False),
    ("爸爸是残疾人，妈妈智力有问题，家里就靠低保，我想上大学但是学费太贵了", "education", False),
    ("老公跟别人跑了，我一个人在家带三个孩子，孩子饿得直哭，家里没米了", "temporary", True),
]

# A fifth set.
PROBES += [
    ("俺们村张大娘的儿子在外地坐牢，儿媳妇改嫁了，留下个八岁的孙子跟着她，她眼睛快瞎了", "child", False),
    ("我家住在邦均镇西塔村，上个月下冰雹，大棚全砸坏了，贷款还不上", "temporary", False),
    ("老伴癌症晚期在家躺着，止疼药吃完了，医院说要去市里才能开，我们去不了", "medical", True),
    ("我今年六十八，一个人过，每个月就一百多块钱的补贴，冬天煤钱都不够", "elderly", False),
    ("村东头那家的房子，大梁断了，一家人还住里面，说没钱修", "housing", True),
    ("我是文昌社区的志愿者，发现一个老人在小区垃圾桶翻吃的，问他家在哪说不清楚", "vagrant", True),
    ("孩子得了脑瘫，康复训练一个月就要六七千，我们两口子都快撑不住了", "disability", False),
    ("退伍军人的优抚金怎么领", "other", False),
    ("我想问下，家里有车的能不能申请低保", "inquiry", False),
    ("村里低保户名单贴出来了，有好几家条件比我们好多了", "complaint", False),
    ("大学毕业两年了一直找不到工作，天天在家被爸妈说，觉得自己特别没用", "employment", False),
    ("这几天总听见隔壁打孩子，孩子叫得特别惨，今天已经没声了", "child", True),
    ("我儿子精神病又犯了，把家里砸了，还拿刀吓唬人，我们都跑出来了", "disability", True),
    ("我家是特困户，住的敬老院伙食太差了，想回家住", "destitute", False),
    ("请问申请临时救助要去哪个部门", "inquiry", False),
    ("我妈得了老年痴呆，我白天上班，想找个白天能照看她的地方", "elderly", False),
    ("我们这片的路灯坏了半个月了", "other", False),
]
