/**
 * Domain inference (src/core/domain.ts) measured on the annotated corpus:
 * every article's header names its topic, and the topic's story domain
 * should be among the domains the whole article activates. Wrong-sense
 * entries need their domain active, so a missed domain is a missed error.
 */
import { parse } from '../../src/core/parse.js';
import { domainProfile, type Domain } from '../../src/core/domain.js';
import { DOMAIN_CUES } from '../../src/core/data/domains.js';
import { loadCorpus } from './corpus.js';

/** Corpus topics that are not domain names, and the domains that cover them (other such topics are skipped). */
const TOPIC_DOMAINS: Record<string, readonly Domain[]> = { economy: ['finance', 'business'], courts: ['crime'], maritime: ['transport'], space: ['technology', 'aviation'] };

export interface DomainScores {
  articles: number;
  right: number;
  misses: string[];
}

export function measureDomains(folders = ['garbled/dev', 'garbled/test', 'clean', 'figures']): DomainScores {
  const out: DomainScores = { articles: 0, right: 0, misses: [] };
  for (const folder of folders) {
    for (const file of loadCorpus(folder)) {
      const wanted = TOPIC_DOMAINS[file.topic] ?? (file.topic in DOMAIN_CUES ? [file.topic as Domain] : []);
      if (!wanted.length) continue;
      const active = [...domainProfile(parse(file.text, file.name)).document].filter(([, n]) => n >= 3).map(([d]) => d);
      out.articles++;
      if (wanted.some((d) => active.includes(d))) out.right++;
      else out.misses.push(`${file.name} (${file.topic}): ${active.join(', ') || 'no domain'}`);
    }
  }
  return out;
}
