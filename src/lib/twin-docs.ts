/**
 * Every content page's Markdown twin, built once from the validated roadmap, practice and
 * comparison models plus the entries' Markdown bodies. The twin endpoint, llms.txt,
 * llms-full.txt and the EPUB all read this list, so they always agree.
 */
import type { Comparison } from './comparison';
import type { Exercises } from './exercises/model';
import { levelLabels } from './levels';
import { siteLinkResolver } from './markdown-body';
import { comparisonTwin, lessonTwin, levelTwin, type PageLink, projectTwin } from './markdown-twin';
import { difficultyLabels, type Practice, projectsOfLevel } from './practice';
import type { Roadmap, TopicLink } from './roadmap';
import { resolveStartHere, type StartHereInput } from './start-here';
import { comparisonPath, exercisePath, levelPath, projectPath, topicPath } from './urls';

export type TwinKind = 'lesson' | 'level' | 'project' | 'comparison';

export interface TwinDoc {
  readonly kind: TwinKind;
  /** The page's path under the base, e.g. `basic/learn-python-basics/` (no leading slash). */
  readonly page: string;
  /** The page's absolute URL. */
  readonly url: string;
  readonly title: string;
  /** One line for llms.txt. */
  readonly summary: string;
  readonly markdown: string;
}

export interface TwinSources {
  readonly roadmap: Roadmap;
  readonly practice: Practice;
  readonly comparison: Comparison;
  /** The comparison page's "start here" steps, checked against the roadmap. */
  readonly startHere: StartHereInput;
  readonly exercises: Exercises;
  /** Markdown bodies by entry id. */
  readonly topicBodies: ReadonlyMap<string, string>;
  readonly projectBodies: ReadonlyMap<string, string>;
  readonly stackBodies: ReadonlyMap<string, string>;
  /** The site's absolute root including the base path, e.g. `https://user.github.io/repo/`. */
  readonly root: string;
}

/** What the comparison page's twin says before its table. */
export const COMPARISON_INTRO =
  'Python beside Java with Spring Boot and JavaScript with Express.js, aspect by aspect. The ratings are broad and relative: team, existing systems and the problem matter more than any one cell.';

function bodyOf(bodies: ReadonlyMap<string, string>, id: string, what: string): string {
  const body = bodies.get(id);
  if (body === undefined) throw new Error(`Markdown twins: no body for ${what} "${id}"`);
  return body;
}

/** Builds every twin, in roadmap order: levels with their lessons, then projects, then the comparison. */
export function buildTwinDocs(s: TwinSources): TwinDoc[] {
  const root = s.root.endsWith('/') ? s.root : `${s.root}/`;
  // Paths with base `/`, so they can be joined to `root`, which already carries the base path.
  const page = (path: string): string => path.replace(/^\//, '');
  const abs = (path: string): string => root + page(path);
  const topicLink = (t: TopicLink): PageLink => ({ title: t.title, url: abs(topicPath(t.level, t.id, '/')) });
  const docs: TwinDoc[] = [];

  for (const level of s.roadmap.levels) {
    const levelUrl = abs(levelPath(level.id, '/'));
    const projects = projectsOfLevel(s.practice, level.id);
    docs.push({
      kind: 'level',
      page: page(levelPath(level.id, '/')),
      url: levelUrl,
      title: `${level.data.title} (${level.data.subtitle})`,
      summary: level.data.description,
      markdown: levelTwin({
        title: `${level.data.title} (${level.data.subtitle})`,
        description: level.data.description,
        url: levelUrl,
        hours: level.hours,
        topics: level.topics.map((t) => ({ ...topicLink(t), note: t.data.summary })),
        projects: projects.map((p) => ({ title: p.title, url: abs(projectPath(p.id, '/')), note: p.data.summary })),
      }),
    });
    for (const topic of level.topics) {
      const path = topicPath(topic.level, topic.id, '/');
      const url = abs(path);
      docs.push({
        kind: 'lesson',
        page: page(path),
        url,
        title: topic.title,
        summary: topic.data.summary,
        markdown: lessonTwin(
          {
            title: topic.title,
            summary: topic.data.summary,
            url,
            place: `${level.data.title} (${level.data.subtitle}), topic ${topic.position.index} of ${topic.position.total}`,
            hours: topic.data.hours,
            verifiedAgainst: topic.data.verifiedAgainst,
            body: bodyOf(s.topicBodies, topic.id, 'topic'),
            outcomes: topic.data.outcomes,
            questions: s.practice.quizzes.get(topic.id) ?? [],
            exercises: (s.exercises.byTopic.get(topic.id) ?? []).map((e) => ({
              title: e.title,
              url: abs(exercisePath(topic.level, topic.id, e.id, '/')),
              note: `practises “${e.sectionTitle}”`,
            })),
            projects: (s.practice.projectsByTopic.get(topic.id) ?? []).map((p) => ({
              title: p.title,
              url: abs(projectPath(p.id, '/')),
            })),
            resources: topic.data.resources,
            related: topic.related.map(topicLink),
          },
          siteLinkResolver(root, url),
        ),
      });
    }
  }

  for (const project of s.practice.projects) {
    const path = projectPath(project.id, '/');
    const url = abs(path);
    const kind = project.data.capstone
      ? 'capstone'
      : `${difficultyLabels[project.data.difficulty].toLowerCase()} project`;
    docs.push({
      kind: 'project',
      page: page(path),
      url,
      title: project.title,
      summary: project.data.summary,
      markdown: projectTwin(
        {
          title: project.title,
          summary: project.data.summary,
          url,
          kind: `${levelLabels[project.level]} level, ${kind}`,
          hours: project.data.hours,
          practises: project.topics.map(topicLink),
          requirements: project.data.requirements,
          doneWhen: project.data.doneWhen,
          body: bodyOf(s.projectBodies, project.id, 'project'),
          extraCredit: project.data.extraCredit,
        },
        siteLinkResolver(root, url),
      ),
    });
  }

  const url = abs(comparisonPath('/'));
  docs.push({
    kind: 'comparison',
    page: page(comparisonPath('/')),
    url,
    title: 'Comparison of backend technologies',
    summary: COMPARISON_INTRO,
    markdown: comparisonTwin(
      {
        title: 'Comparison of backend technologies',
        intro: COMPARISON_INTRO,
        url,
        stacks: s.comparison.stacks.map((st) => ({ name: st.data.name, body: bodyOf(s.stackBodies, st.id, 'stack') })),
        aspects: s.comparison.aspects,
        rows: s.comparison.rows.map((r) => ({ label: r.aspect.label, cells: r.cells })),
        startHere: {
          title: 'If you already know Java or JavaScript, start here',
          steps: resolveStartHere(s.roadmap.topics, s.startHere, '/').map(
            (step) => `${step.lead} ${step.topics.map((t) => `[${t.title}](${abs(t.href)})`).join(', ')}: ${step.note}`,
          ),
        },
      },
      siteLinkResolver(root, url),
    ),
  });
  return docs;
}
