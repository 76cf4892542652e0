/**
 * What a page is about, for search. Pagefind ranks by words in the page body; learners type the
 * names a topic goes by, which the body may use once in passing, or not at all (`k8s`,
 * `postgres`). Each topic page carries two hidden metadata fields that the search UI weights
 * (src/scripts/search/search-ui.ts): `about` (the title, the seed's subtopics, the further sections and
 * the topic's own `searchTerms`) and `aka` (the registry aliases of the technologies it teaches).
 * The same words make the vocabulary that typo correction draws on.
 */
import { plainText } from './inline-code';
import { type AliasMap, aliasMap } from './search-query';
import { type Technology, type TechnologyKey, technologies } from './technologies';

interface TopicTerms {
  readonly title: string;
  readonly subtopics: readonly string[];
  readonly furtherSections: readonly string[];
  readonly searchTerms: readonly string[];
  readonly technologies: readonly TechnologyKey[];
}

export interface SearchMeta {
  readonly about: string;
  readonly terms: string;
  readonly aka: string;
}

const aliasesOf = (key: TechnologyKey): readonly string[] => {
  const tech: Technology = technologies[key];
  return tech.aliases ?? [];
};

/** The search metadata of a topic page. */
export function topicSearchMeta(topic: TopicTerms): SearchMeta {
  const about = [topic.title, ...topic.subtopics, ...topic.furtherSections].map(plainText);
  return {
    about: about.join(' · '),
    terms: topic.searchTerms.join(' · '),
    aka: [...new Set(topic.technologies.flatMap(aliasesOf))].join(' · '),
  };
}

/**
 * The words search can correct a typo to: every word of four letters or more in the topics'
 * metadata, and every technology's name and aliases, lower-cased, sorted, unique.
 */
export function searchVocabulary(topics: readonly TopicTerms[]): string[] {
  const text = [
    ...topics.flatMap((t) => Object.values(topicSearchMeta(t))),
    ...Object.keys(technologies).flatMap((key) => {
      const k = key as TechnologyKey;
      return [technologies[k].name, ...aliasesOf(k)];
    }),
  ].join(' ');
  const words = text.toLowerCase().match(/[\p{L}][\p{L}\p{N}.+#-]*[\p{L}\p{N}+#]/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4))].sort();
}

/** `/search-terms.json`: the typo vocabulary and the alias map (src/lib/search-query.ts). */
export interface SearchTermsFile {
  readonly vocabulary: readonly string[];
  readonly aliases: AliasMap;
}

export function searchTermsFile(topics: readonly TopicTerms[]): SearchTermsFile {
  return { vocabulary: searchVocabulary(topics), aliases: aliasMap(Object.values(technologies)) };
}
