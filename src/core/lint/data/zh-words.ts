/**
 * Word tables of the Chinese clarity rules (zh-filler, zh-empty-verb, zh-double-negative, zh-passive). Data only:
 * the rules in ../rules/zh-*.ts read them. Matches must start and end on word boundaries (Intl.Segmenter), and each
 * entry's `except` lists longer words that contain it and are not it (非常量 is not 非常), for what the segmenter
 * gets wrong.
 */

export interface ZhWordEntry {
  word: string;
  /** Longer strings containing `word` at which it is not the word (checked on the text around the match). */
  except?: string[];
  /** Deleting the word leaves a correct sentence: offered as a suggestion (never applied automatically). */
  removable?: boolean;
}

/** zh-filler: filler and vague words. */
export const ZH_FILLER: readonly ZhWordEntry[] = [
  { word: '其实', except: ['其实现', '其实例', '其实际', '其实质', '其实施', '其实体'], removable: true },
  { word: '基本上', removable: true },
  { word: '可以说', removable: true },
  { word: '非常', except: ['非常量', '非常规', '非常数', '非常态', '非常见', '非常用'], removable: true },
  { word: '一些', except: ['一些列'] },
  { word: '大量', except: ['大量程'] },
  { word: '几乎' },
  { word: '事实上', removable: true },
  { word: '显然', removable: true },
  { word: '十分', except: ['十分钟', '十分之', '十分制', '十分位'], removable: true },
  { word: '相当', except: ['相当于'] },
  { word: '实际上', removable: true },
  { word: '众所周知', removable: true },
  { word: '毫无疑问', removable: true },
  { word: '某种程度上' },
  { word: '在一定程度上' },
  { word: '总的来说', removable: true },
  { word: '说实话', removable: true },
];

/**
 * zh-empty-verb: verbs that 进行, 加以 or 予以 hide (对日志进行分析 → 分析日志). Two-character verbs only: a one-character
 * one (进行了) is too often something else.
 */
export const ZH_EMPTY_VERB_HOSTS: readonly string[] = ['进行', '加以', '予以'];
export const ZH_HIDDEN_VERBS: readonly string[] = [
  '分析', '处理', '测试', '优化', '调整', '讨论', '研究', '修改', '配置', '部署', '检查', '验证', '比较', '评估', '改进', '管理',
  '监控', '排查', '重构', '升级', '说明', '解释', '介绍', '总结', '统计', '计算', '调试', '记录', '更新', '安装', '替换', '限制',
  '控制', '封装', '编译', '设计', '实现', '开发', '审查', '审核', '确认', '修复', '改造', '迁移', '拆分', '合并', '整理', '梳理',
  '描述', '演示', '展示', '回顾', '调用', '采样', '压缩', '加密', '解析', '转换', '初始化', '清理', '删除', '备份', '恢复', '监测',
  '观察', '分类', '排序', '过滤', '校验', '推广', '规范', '约束', '考虑', '关注', '支持', '补充', '完善', '保护', '处罚', '批评',
  '表扬', '奖励', '采纳', '反驳', '否认', '确定', '改革', '调查', '培训', '沟通', '协调', '交流', '操作', '扩展', '扩容', '缓存',
];

/**
 * zh-double-negative: the second negation is 不 followed by one of these, it is a word of its own (不同 "different",
 * 不断 "constantly"), not a negation.
 */
export const ZH_NOT_NEGATIONS: readonly string[] = [
  '不同', '不断', '不少', '不久', '不过', '不仅', '不错', '不如', '不管', '不论', '不然', '不良', '不足', '不便', '不安', '不妨',
  '不必', '不光', '不只', '不但', '不单', '不禁', '不免', '不时', '不停', '不住', '不已', '不外', '不利', '不料', '不曾',
];

/** zh-passive: words in which 被 is not the passive marker. */
export const ZH_NOT_PASSIVE: readonly string[] = ['被动', '被子', '被告', '被褥', '被单', '被窝', '被套', '被罩', '被面', '棉被', '被里', '盖被', '被选举权', '被保险人', '被申请人', '被调用方', '被测'];
