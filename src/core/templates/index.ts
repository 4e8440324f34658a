/**
 * Templates for posts, talks and the other work (issue 9): the public face of the templates core. Pure: template
 * files come in as text and new files go out as text; the CLI and the extension write them.
 */
export { BUILTIN_TEMPLATES } from './builtin';
export { buildCatalog, isWorkspaceTemplatePath, WORKSPACE_TEMPLATES_FOLDER, type TemplateCatalog, type TemplateFile } from './catalog';
export { CFP_FIELDS, DEFAULT_CFP_LIMITS, cfpLength, cfpLimitsFor, checkCfp, isCfpProposal, type CfpCheck, type CfpField, type CfpFieldLength } from './cfp';
export { DEFAULT_FILE_NAME, MAX_COLLISIONS, collisionCandidate, fileNamePatternProblem, renderFileName } from './file-name';
export { seededOutline, talkSeedFromPost, type TalkSeed } from './from-post';
export { newPostFolder, newPostPath, renderBodySnippet, renderFrontMatter, renderNewPost, templateValues, type NewPost, type NewPostRequest } from './render';
export { EMPTY_SLUG, isReservedName, slugify } from './slug';
export { escapeSnippet, snippetToPlain } from './snippet';
export {
  DEFAULT_HAN_CHARACTERS_PER_MINUTE, DEFAULT_WORDS_PER_MINUTE, estimateSpeakingTime, plannedMinutesOf,
  type SpeakingEstimate, type SpeakingRate, type SpeakingSection,
} from './speaking-time';
export { POST_KEYS, TEMPLATE_KINDS, localize, parseTemplate, type Localized, type Template, type TemplateKind, type TemplateProblem } from './template';
export { TEMPLATE_VARIABLES, substituteVariables, type TemplateValues, type TemplateVariable } from './variables';
export { templateSnippets, templateSnippetsJson, type SnippetEntry } from './snippets';
