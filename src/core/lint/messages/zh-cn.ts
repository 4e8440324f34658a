/**
 * 简体中文：规则消息、快速修复标题，以及每条规则的说明（悬停提示和文档用）。与 en.ts 的 id 和占位符一一对应，
 * 由单元测试检查。English rules keep their English examples in hovers: they show English text.
 */
import type { Catalog } from './types';

export const zhCn: Catalog = {
  listJoin: '”或“',
  messages: {
    common: {
      found: '“{text}”。',
      foundNote: '“{text}”：{note}',
      replace: '用“{replacements}”代替“{text}”。',
      replaceNote: '用“{replacements}”代替“{text}”（{note}）。',
      'fix.replace': '替换为“{replacement}”',
      'fix.remove': '删除“{text}”',
    },
    'long-sentence': {
      tooLong: '这个句子有 {count} 个词（超过 {max} 个），请拆开。',
      share: '本文 {share} 的句子（{total} 句中的 {flagged} 句）超过 {max} 个词；请控制在 {maxShare} 以下。这个句子有 {count} 个词（超过 {max} 个），请拆开。',
    },
    'passive-voice': {
      passive: '“{phrase}”是被动语态，请说明是谁做的。',
      share: '本文 {share} 的句子（{total} 句中的 {flagged} 句）是被动句；请控制在 {maxShare} 以下。“{phrase}”是被动语态，请说明是谁做的。',
    },
    'weasel-word': {
      weasel: '“{text}”只加强语气，不提供信息；删掉它，或者给出证据。',
    },
    hedge: {
      hedge: '“{text}”削弱了论断；直接陈述，或者说明为什么不确定。',
    },
    condescending: {
      condescending: '“{text}”会让觉得这一步难的读者感到自己笨；删掉它，或者写出步骤。',
    },
    cliche: {
      cliche: '“{text}”是陈词滥调。',
      clicheNote: '“{text}”是陈词滥调：{note}。',
    },
    'repeated-word': {
      repeated: '“{word}”重复了。',
      'fix.removeSecond': '删除第二个“{word}”',
    },
    article: {
      beforeVowel: '在“{word}”前用“{article}”（它以元音开头）。',
      beforeConsonant: '在“{word}”前用“{article}”（它以辅音开头）。',
    },
    'there-is': {
      opener: '句子以“{opener}”开头；请用真正的主语开头。',
    },
    nominalization: {
      nominalization: '“{text}”把动词藏进了名词；试试“{replacement}”。',
    },
    'undefined-acronym': {
      undefined: '“{acronym}”在定义之前就用了。第一次出现时请写出全称，例如“Full Name ({acronym})”。',
    },
    exclamation: {
      repeated: '“{marks}”：一个感叹号就够了（或者不用）。',
      tooMany: '这是本文第 {number} 个感叹号（超过 {max} 个）；让内容本身来强调。',
    },
    'long-paragraph': {
      tooLong: '这个段落有 {count} 个词（超过 {max} 个），请在话题转换处拆开。',
    },
    'heading-distance': {
      tooFar: '超过 {max} 个词没有小标题。加一个小标题，说明这一部分讲什么。',
    },
    readability: {
      grade: '这个段落的阅读难度为 {grade} 级（目标 {target} 级）。请用更短的句子和更平实的词。',
    },
    'zh-space-latin': {
      noSpace: '在“{before}”和“{after}”之间加一个空格：中文和西文之间要留空。',
      'fix.addSpace': '加一个空格',
    },
    'fullwidth-alnum': {
      fullwidth: '“{text}”用了全角字符，应写作“{replacement}”。',
    },
    'zh-repeated-punctuation': {
      repeated: '“{marks}”：一个标点就够了。',
      'fix.keepOne': '只保留一个“{mark}”',
    },
    'zh-space-number': {
      noSpace: '在“{before}”和“{after}”之间加一个空格：中文和数字之间要留空。',
      space: '删掉“{before}”和“{after}”之间的空格：本文的数字和中文之间不留空。',
      'fix.addSpace': '加一个空格',
      'fix.removeSpace': '删掉空格',
    },
    'zh-fullwidth-punctuation': {
      halfwidth: '中文句子里的“{marks}”应写作“{replacement}”。',
      'fix.fullwidth': '替换为“{replacement}”',
    },
    'zh-no-space-fullwidth': {
      space: '“{mark}”旁边不要加空格：全角标点自带空白。',
      'fix.removeSpace': '删掉空格',
    },
    'zh-ellipsis': {
      ellipsis: '“{text}”：中文的省略号是“……”。',
      'fix.ellipsis': '替换为“……”',
    },
    'zh-sentence-length': {
      long: '这个句子有 {count} 个字词（超过 {max} 个），可以考虑拆开。',
      tooLong: '这个句子有 {count} 个字词（超过 {max} 个），请拆开。',
    },
    'zh-comma-chain': {
      chain: '这个句子 {count} 个字词里用了 {commas} 个逗号，一逗到底；一个意思说完就用句号。',
    },
    'zh-filler': {
      filler: '“{text}”没有增加信息；删掉它，或者给出数字。',
    },
    'zh-empty-verb': {
      emptyVerb: '“{text}”：“{host}”把动词藏起来了；直接用“{verb}”。',
    },
    'zh-de-chain': {
      chain: '这个句子有 {count} 个“的”（超过 {max} 个）；拆开这串修饰语。',
    },
    'zh-double-negative': {
      double: '“{text}”是双重否定；请直接用肯定的说法。',
    },
    'zh-multiple-misuse': {
      multiple: '“{text}”：“{verb}”不能用倍数表示；请给出百分比或分数。',
    },
    'zh-person-consistency': {
      mixed: '本文用了 {formal} 次“您”、{informal} 次“你”；这里也请用“{other}”。',
    },
    'zh-passive': {
      passive: '“被”让这个句子成了被动句；写出是谁做的。',
    },
    term: {
      use: '用“{replacement}”代替“{text}”（团队术语）。',
      useNote: '用“{replacement}”代替“{text}”：{note}',
      avoid: '避免使用“{text}”（团队术语）。',
      avoidNote: '避免使用“{text}”：{note}',
    },
    'inclusive-language': {
      flagged: '“{text}”可能会排斥或冒犯一些读者。',
      flaggedConsider: '“{text}”可能会排斥或冒犯一些读者；可以考虑“{alternatives}”。',
    },
  },
  rules: {
    'long-sentence': {
      description: '超过 25 个词的英文句子。',
      why: '句子太长，读者会跟丢；一句话只讲一件事，读起来更快。',
    },
    'passive-voice': {
      description: '“be”的某个形式后接过去分词（包括不规则分词）的英文被动句。',
      why: '被动语态隐藏了是谁做的事。写出动作的执行者，句子更短，责任也更清楚。',
    },
    'simpler-word': {
      description: '有更简单说法的冗长英文词或短语（utilize → use，in order to → to）。',
      why: '平实的词读得更快，懂的人也更多，包括母语不是英语的读者。能用短词的地方用长词，只会显得疏远，而不是专业。',
    },
    'weasel-word': {
      description: '没有信息量的英文强调词（very、really、quite、extremely……）。修复会删除它。',
      why: '强调词只宣称重要，却不展示为什么重要。“很快”比“快”说得少，更比不上“3 毫秒”。删掉它，或者换成能证明观点的数字或例子。',
    },
    hedge: {
      description: '削弱论断的英文含糊说法（I think、perhaps、maybe、it seems、sort of、probably……）。',
      why: '读者追随敢于下结论的作者。不确定的地方可以含糊，但要说明原因；其他地方直接给出论断和证据。有影响力的声音，说的话要能被引用。',
    },
    condescending: {
      description: '告诉读者某一步很简单、某件事显而易见的英文词（simply、just、obviously、of course、easy……）。',
      why: '作者觉得简单的地方，往往正是读者卡住的地方。这时“just”和“simply”会让读者觉得自己笨；而如果那一步真的简单，这些词也是多余的。',
    },
    cliche: {
      description: '英文陈词滥调或商业黑话（low-hanging fruit、at the end of the day、game changer……）。',
      why: '陈词滥调是每个人首先想到的说法，所以既没有信息，也没有个人风格。它所代替的那个确切论断，才是文章值得引用的地方。',
    },
    'repeated-word': {
      description: '同一个英文词连续出现两次，如“the the”。',
      why: '连续重复的词几乎总是修改时留下的笔误。',
    },
    article: {
      description: '用错的 a/an（a hour、an user、a index）：冠词取决于下一个词的读音。',
      why: '辅音前用“a”，元音前用“an”；用错了会让读者卡一下。',
    },
    'there-is': {
      description: '以 There is/are/was/were 开头的英文句子。',
      why: '“There is”把主语往后推；用真正的主语开头，句子更短、更直接。',
    },
    nominalization: {
      description: '藏在名词里的英文动词（made a decision → decided，perform an analysis → analyze）。仅作建议。',
      why: '名词化把动作藏进名词，又在前面加了一个无力的动词。直接用动词，句子更短，也能看出是谁做了什么。',
    },
    'undefined-acronym': {
      description: '在定义之前就使用的全大写缩写，定义的写法如“Site Reliability Engineering (SRE)”。',
      why: '不是每个读者都知道你们团队的缩写。第一次出现时写出全称；常见缩写（API、HTTP、JSON……）不受限制。',
    },
    exclamation: {
      description: '连续两个或更多“!”，或者一篇文章中超过 2 个“!”。',
      why: '感叹号是在喊叫。一个能增加活力；多了会让技术文章读起来像广告。',
    },
    'long-paragraph': {
      description: '超过 150 个词的段落。',
      why: '屏幕上的一大片文字会让读者跳着看。短段落、每段一个要点，更容易读懂。',
    },
    'heading-distance': {
      description: '超过 300 个词没有小标题。',
      why: '读者靠小标题找路；长时间没有小标题，文章的结构就被藏起来了。',
    },
    readability: {
      description: 'Flesch–Kincaid 年级高于目标（默认 12）的英文段落。少于 40 个词的段落不评判。',
      why: '年级由长句和长词决定。短段落不评判，因为公式在短段落上只是噪声。',
    },
    'zh-space-latin': {
      description: '汉字与拉丁字母相邻而没有空格（我们使用React → 我们使用 React）。',
      why: '中文与西文之间留一个空格，英文词更醒目，整行也更容易扫读；中文技术写作指南都这样要求。',
    },
    'fullwidth-alnum': {
      description: '全角字母或数字（ＡＰＩ１２ → API12）。',
      why: '全角字母和数字看起来格格不入，搜索不到（搜“API”找不到“ＡＰＩ”），复制到代码里也会出错。中文里的字母和数字用半角。',
    },
    'zh-repeated-punctuation': {
      description: '重复的全角标点：！！、？？或 。。',
      why: '一个标点就能表达；重复的标点像在喊叫，让技术文章读起来像聊天记录。',
    },
    'zh-space-number': {
      description: '汉字与数字相邻而没有空格（部署到3台 → 部署到 3 台）；可选 always、never 或 consistent。',
      why: '中文和数字之间留一个空格，数字更醒目，和英文词的处理一致；不管用哪种写法，一篇文章要前后统一。',
    },
    'zh-fullwidth-punctuation': {
      description: '中文句子里的半角 , . ; : ! ?（发布了,欢迎试用! → 发布了，欢迎试用！）。',
      why: '中文用全角标点：半角逗号和句号太窄，挤着后面的字，读起来像输入法切错了。',
    },
    'zh-no-space-fullwidth': {
      description: '全角标点旁边的空格（成本很高 ，但 → 成本很高，但）。',
      why: '全角标点本身已经带有空白，再加空格会在行中留下明显的空洞。',
    },
    'zh-ellipsis': {
      description: '中文里写成 。。。 或 ... 的省略号，应写作 ……。',
      why: '中文省略号是两个省略号字符（……），居中排列；用点或句号拼出来的省略号贴着底线，还可能在行尾断开。',
    },
    'zh-sentence-length': {
      description: '过长的中文句子，按汉字数加拉丁词数计：超过 60 为提示，超过 100 为警告。',
      why: '中文句子没有空格可以停顿：超过 60 个字左右，读者就得回头找主语。一句话讲一个意思，读得更快。',
    },
    'zh-comma-chain': {
      description: '一逗到底：长度超过 60 的中文句子里有四个或更多“，”。',
      why: '用逗号串起来的长句从不告诉读者一个意思在哪里结束；每讲完一点就用句号。',
    },
    'zh-filler': {
      description: '中文填充词和含糊词：其实、基本上、可以说、非常、一些、大量、几乎、事实上、显然……',
      why: '填充词只占地方：“其实”“显然”“可以说”没有信息；“一些”“大量”“几乎”让读者猜数量。删掉它，或者给出数字。',
    },
    'zh-empty-verb': {
      description: '“进行”“加以”“予以”后接动词（对日志进行分析 → 分析日志）。',
      why: '真正的动词前面加上空动词（进行、加以、予以），动作就成了名词，字也多了；直接说动词。',
    },
    'zh-de-chain': {
      description: '一个中文句子里有四个或更多“的”。',
      why: '一串“的”把修饰语堆在名词前面，读者要记住所有修饰语才知道句子在说什么。拆开这串“的”，或者把修饰语改成分句。',
    },
    'zh-double-negative': {
      description: '双重否定：不是不、不能不、没有……不、并非不、无不……',
      why: '两个否定让读者要先把两个都解开才看到肯定的意思；直接说肯定的（不是不可以 → 可以）。',
    },
    'zh-multiple-misuse': {
      description: '“降低”“减少”“下降”后接“N 倍”：减少不能用倍数表示，建议用百分比。',
      why: '数量可以增加 N 倍，却不能减少 N 倍：“降低了 3 倍”可能指三分之一、四分之一，或者根本说不通。请给出百分比或分数。',
    },
    'zh-person-consistency': {
      description: '一篇文章里对读者既称“您”又称“你”。',
      why: '“您”和“你”与读者的距离不同；一篇文章里来回切换，读起来像两个作者。选定一个。',
    },
    'zh-passive': {
      description: '作被动标记的“被”（不包括被动、被子、被告等词）。',
      why: '中文用“被”远少于英文用被动语态；“被”字句常常读起来像翻译腔，还隐藏了动作的执行者。写出是谁做的（请求被网关拒绝了 → 网关拒绝了请求）。',
    },
    term: {
      description: '团队要替换或避免的术语，来自 .lectern/config.json 中的 "terms" 或 .lectern/terms.yaml。',
      why: '一个团队对同一件事用同一个名字，读起来才像一个声音；读者不会去猜“login”和“sign in”是不是两个功能。',
    },
    'inclusive-language': {
      description: '用 retext-equality 标出可能排斥或冒犯读者的英文词（带性别、能力歧视或有偏见的说法）。',
      why: '一个读者觉得某个词把自己排除在外，就不会再读你的论证。这些词大多有同样准确的中性说法。“host”“master branch”等技术术语默认允许。',
    },
  },
};
