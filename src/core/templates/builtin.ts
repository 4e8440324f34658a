/**
 * The built-in templates: the Markdown files in the repository's `templates/` folder, embedded as text in each bundle
 * at build time (esbuild's text loader), in the order the picker lists them within each kind. A unit test checks that
 * every file in `templates/` is listed here.
 */
import type { TemplateFile } from './catalog';
import tutorial from '../../../templates/tutorial.md';
import deepDive from '../../../templates/deep-dive.md';
import opinion from '../../../templates/opinion.md';
import caseStudy from '../../../templates/case-study.md';
import postmortem from '../../../templates/postmortem.md';
import releaseAnnouncement from '../../../templates/release-announcement.md';
import til from '../../../templates/til.md';
import interview from '../../../templates/interview.md';
import conferenceRecap from '../../../templates/conference-recap.md';
import review from '../../../templates/review.md';
import cfpProposal from '../../../templates/cfp-proposal.md';
import talkOutline from '../../../templates/talk-outline.md';
import lightningTalk from '../../../templates/lightning-talk.md';
import marpDeck from '../../../templates/marp-deck.md';
import workshopPlan from '../../../templates/workshop-plan.md';
import meetupTalk from '../../../templates/meetup-talk.md';
import consultingBrief from '../../../templates/consulting-brief.md';
import trainingPlan from '../../../templates/training-plan.md';
import ossContribution from '../../../templates/oss-contribution.md';
import newsletter from '../../../templates/newsletter.md';

export const BUILTIN_TEMPLATES: readonly TemplateFile[] = Object.freeze([
  { path: 'tutorial.md', text: tutorial },
  { path: 'deep-dive.md', text: deepDive },
  { path: 'opinion.md', text: opinion },
  { path: 'case-study.md', text: caseStudy },
  { path: 'postmortem.md', text: postmortem },
  { path: 'release-announcement.md', text: releaseAnnouncement },
  { path: 'til.md', text: til },
  { path: 'interview.md', text: interview },
  { path: 'conference-recap.md', text: conferenceRecap },
  { path: 'review.md', text: review },
  { path: 'cfp-proposal.md', text: cfpProposal },
  { path: 'talk-outline.md', text: talkOutline },
  { path: 'lightning-talk.md', text: lightningTalk },
  { path: 'marp-deck.md', text: marpDeck },
  { path: 'workshop-plan.md', text: workshopPlan },
  { path: 'meetup-talk.md', text: meetupTalk },
  { path: 'consulting-brief.md', text: consultingBrief },
  { path: 'training-plan.md', text: trainingPlan },
  { path: 'oss-contribution.md', text: ossContribution },
  { path: 'newsletter.md', text: newsletter },
]);
