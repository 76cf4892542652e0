/**
 * The one module that queries content collections. Pages and components receive the ready
 * model from here; the cross-entry checks run once per build and fail it with messages that
 * name the file and field.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildComparison, type Comparison } from './comparison';
import { contentPath } from './content-root';
import { buildExercises, type Exercises } from './exercises/model';
import { sourceHeadings } from './headings';
import { type LessonNav, lessonNav, type NavCurrent } from './lesson-nav';
import { buildPractice, type Practice } from './practice';
import { buildRoadmap, type Roadmap, RoadmapContentError, type TopicInput } from './roadmap';
import { findStartHereProblems, type StartHereInput } from './start-here';
import { buildTwinDocs, type TwinDoc, type TwinSources } from './twin-docs';
import { projectPath, topicPath } from './urls';

let topicInputs: Promise<TopicInput[]> | undefined;
let roadmap: Promise<Roadmap> | undefined;
let practice: Promise<Practice> | undefined;
let exercises: Promise<Exercises> | undefined;
let comparison: Promise<Comparison<CollectionEntry<'stacks'>>> | undefined;
let startHere: Promise<StartHereInput> | undefined;

async function loadTopicInputs(): Promise<TopicInput[]> {
  return (await getCollection('topics')).map((entry) => ({
    id: entry.id,
    filePath: entry.filePath ?? contentPath('topics', `${entry.id}.mdx`),
    data: entry.data,
    headings: sourceHeadings(entry.body ?? ''),
  }));
}

async function loadRoadmap(): Promise<Roadmap> {
  topicInputs ??= loadTopicInputs();
  const [topics, levelEntries] = await Promise.all([topicInputs, getCollection('levels')]);
  const levels = levelEntries.map((entry) => ({
    id: entry.data.id,
    filePath: contentPath('levels.yaml'),
    data: entry.data,
  }));
  return buildRoadmap(topics, levels);
}

/** The whole roadmap in order, validated. */
export function getRoadmap(): Promise<Roadmap> {
  roadmap ??= loadRoadmap();
  return roadmap;
}

async function loadComparison(): Promise<Comparison<CollectionEntry<'stacks'>>> {
  const [aspects, stacks] = await Promise.all([getCollection('aspects'), getCollection('stacks')]);
  return buildComparison(
    aspects.map((a) => ({ filePath: contentPath('comparison/aspects.yaml'), data: a.data })),
    stacks.map((s) => ({
      id: s.id,
      filePath: s.filePath ?? contentPath('comparison/stacks', `${s.id}.mdx`),
      data: s.data,
      entry: s,
    })),
  );
}

/** The comparison table model: aspects as rows, stacks as columns, validated. */
export function getComparison(): Promise<Comparison<CollectionEntry<'stacks'>>> {
  comparison ??= loadComparison();
  return comparison;
}

async function loadStartHere(): Promise<StartHereInput> {
  const file = contentPath('comparison/start-here.yaml');
  const [entry] = await getCollection('startHere');
  if (!entry)
    throw new RoadmapContentError([`${file}: missing or unreadable (the comparison page's "start here" steps)`]);
  const input = { filePath: entry.filePath ?? file, steps: entry.data.steps };
  const problems = findStartHereProblems((await getRoadmap()).topics, input);
  if (problems.length > 0) throw new RoadmapContentError(problems);
  return input;
}

/** The comparison page's "start here" steps, every topic id checked against the roadmap. */
export function getStartHere(): Promise<StartHereInput> {
  startHere ??= loadStartHere();
  return startHere;
}

async function loadPractice(): Promise<Practice> {
  // The roadmap's own problems come first: a practice check against broken topics says little.
  await getRoadmap();
  topicInputs ??= loadTopicInputs();
  const [topics, quizzes, projects] = await Promise.all([
    topicInputs,
    getCollection('quizzes'),
    getCollection('projects'),
  ]);
  return buildPractice(
    topics.map((t) => ({
      id: t.id,
      level: t.data.level,
      title: t.data.title,
      filePath: t.filePath,
      headings: t.headings,
    })),
    quizzes.map((q) => ({ id: q.id, filePath: q.filePath ?? contentPath('quizzes', `${q.id}.yaml`), data: q.data })),
    projects.map((p) => ({ id: p.id, filePath: p.filePath ?? contentPath('projects', `${p.id}.mdx`), data: p.data })),
  );
}

/** Self-check questions and projects, validated against the roadmap. */
export function getPractice(): Promise<Practice> {
  practice ??= loadPractice();
  return practice;
}

/** The topic sidebar and lesson bar of one lesson or project page (src/lib/lesson-nav.ts). */
export async function getLessonNav(current: NavCurrent): Promise<LessonNav> {
  const [roadmapModel, practiceModel] = await Promise.all([getRoadmap(), getPractice()]);
  return lessonNav(roadmapModel.levels, practiceModel.projects, current, {
    topic: (level, id) => topicPath(level, id),
    project: (id) => projectPath(id),
  });
}

async function loadExercises(): Promise<Exercises> {
  const roadmapModel = await getRoadmap();
  topicInputs ??= loadTopicInputs();
  const [topics, files] = await Promise.all([topicInputs, getCollection('exercises')]);
  const headings = new Map(topics.map((t) => [t.id, t.headings]));
  return buildExercises(
    roadmapModel.topics.map((t) => ({
      id: t.id,
      level: t.level,
      title: t.title,
      filePath: contentPath('topics', `${t.id}.mdx`),
      headings: headings.get(t.id) ?? [],
    })),
    files.map((f) => ({ id: f.id, filePath: f.filePath ?? contentPath('exercises', `${f.id}.yaml`), data: f.data })),
  );
}

/** Graded exercises in roadmap order, validated against the roadmap (src/lib/exercises/model.ts). */
export function getExercises(): Promise<Exercises> {
  exercises ??= loadExercises();
  return exercises;
}

/** Project entries, for pages that render a project's MDX body. */
export async function getProjectEntries() {
  return getCollection('projects');
}

/** Topic entries by id, for pages that render a topic's MDX body. */
export async function getTopicEntries() {
  return getCollection('topics');
}

/** "What's new", newest first (ties keep the file's order). */
export async function getChangelog(): Promise<CollectionEntry<'changelog'>[]> {
  return (await getCollection('changelog')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

let reachSources: Promise<TwinSources> | undefined;

async function loadReachSources(root: string): Promise<TwinSources> {
  const [roadmap, practice, comparison, startHere, exercises, topics, projects] = await Promise.all([
    getRoadmap(),
    getPractice(),
    getComparison(),
    getStartHere(),
    getExercises(),
    getCollection('topics'),
    getCollection('projects'),
  ]);
  const bodies = (entries: readonly { id: string; body?: string | undefined }[]) =>
    new Map(entries.map((e) => [e.id, e.body ?? '']));
  return {
    roadmap,
    practice,
    comparison,
    startHere,
    exercises,
    topicBodies: bodies(topics),
    projectBodies: bodies(projects),
    stackBodies: bodies(comparison.stacks.map((s) => s.entry)),
    root,
  };
}

/**
 * The validated models plus the entries' Markdown bodies, for what leaves the site as text: the
 * Markdown twins, llms.txt, the EPUB and the /book/ page. `root` is the site's absolute URL with
 * the base path; one build has one root.
 */
export function getReachSources(root: string): Promise<TwinSources> {
  reachSources ??= loadReachSources(root);
  return reachSources;
}

let twinDocs: Promise<TwinDoc[]> | undefined;

/** Every content page's Markdown twin (src/lib/twin-docs.ts). */
export function getTwinDocs(root: string): Promise<TwinDoc[]> {
  twinDocs ??= getReachSources(root).then(buildTwinDocs);
  return twinDocs;
}
