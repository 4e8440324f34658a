/**
 * What the UI scenarios expect, computed with the same core functions from the workspace's files (the scenarios run
 * with the real clock, so the numbers are not fixed): every post in posts/ and talks/, the goals and dimensions.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PostIndex, parseGoalsFile, resolveDimensions, systemClock, type Dimension, type Goal, type Post } from '../../../src/core/goals/api';

export const STATUS_TEXT = { done: 'done', 'on-track': 'on track', behind: 'behind', overdue: 'overdue' } as const;

export function fixtureGoals(workspace: string): { today: string; dimensions: Dimension[]; posts: Post[]; goals: Goal[] } {
  const clock = systemClock();
  const dimensions = resolveDimensions(null);
  const index = new PostIndex({ dimensions, clock });
  for (const folder of ['posts', 'talks']) {
    for (const name of fs.readdirSync(path.join(workspace, folder))) {
      if (name.endsWith('.md')) index.upsert(`${folder}/${name}`, fs.readFileSync(path.join(workspace, folder, name), 'utf8'));
    }
  }
  const goals = parseGoalsFile(fs.readFileSync(path.join(workspace, '.lectern', 'goals.yaml'), 'utf8'), dimensions).goals;
  return { today: clock.today, dimensions, posts: index.posts(), goals };
}
