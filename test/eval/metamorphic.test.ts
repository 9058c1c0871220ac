import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  TRANSFORM,
  TRANSFORMATIONS,
  cleanliness,
  contextFor,
  hasDateWord,
  keeps,
  metamorphicSuite,
  runMetamorphic,
  type DocLike,
  type PartyMention,
  type SentenceContext,
  type TransformationName,
} from '../../src/eval/metamorphic.js';
import { SUITE_NAMES } from '../../src/eval/suites.js';
import type { ActorKind, Article, ReadoutEvent } from '../../src/types.js';
import type { Coder } from '../../src/eval/types.js';
import { ev, gold, goldArticle } from './helpers.js';

// ---------------------------------------------------------------------------------------------------------------
// hand-made sentences: tokens with their tags, mentions by their text

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|['’]s(?!\p{L})|[^\s\p{L}\p{N}]/gu;

function tokenise(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

interface MentionSpec {
  text: string;
  kind: ActorKind;
  country?: string;
  how?: PartyMention['how'];
}

function mention(text: string, s: MentionSpec): PartyMention {
  const start = text.indexOf(s.text);
  assert.ok(start >= 0, `mention "${s.text}" not in "${text}"`);
  return { start, end: start + s.text.length, text: s.text, kind: s.kind, how: s.how ?? 'lexicon', country: s.country ?? 'XXX' };
}

/** One sentence as the whole text; `tags` gives one POS per token. */
function ctx(text: string, tags: string, o: { trigger?: string; actor?: MentionSpec; recipient?: MentionSpec; others?: MentionSpec[] } = {}): SentenceContext {
  const toks = tokenise(text);
  const pos = tags.trim().split(/\s+/);
  assert.equal(pos.length, toks.length, `tags for ${toks.map((t) => t.text).join(' ')}`);
  const actor = o.actor ? mention(text, o.actor) : null;
  const recipient = o.recipient ? mention(text, o.recipient) : null;
  const mentions = [actor, recipient, ...(o.others ?? []).map((m) => mention(text, m))].filter((m): m is PartyMention => m !== null);
  let trigger = null;
  if (o.trigger) {
    const at = text.indexOf(o.trigger);
    assert.ok(at >= 0);
    trigger = { start: at, end: at + o.trigger.length };
  }
  return { text, sentence: { start: 0, end: text.length }, tokens: toks.map((t, i) => ({ ...t, pos: pos[i]! })), mentions, trigger, actor, recipient };
}

function applied(name: TransformationName, c: SentenceContext): string {
  const r = TRANSFORM[name](c);
  assert.ok('variant' in r, `${name} skipped: ${'skip' in r ? r.skip : ''}`);
  return r.variant.rewritten;
}

function skipped(name: TransformationName, c: SentenceContext): string {
  const r = TRANSFORM[name](c);
  assert.ok('skip' in r, `${name} applied: ${'variant' in r ? r.variant.rewritten : ''}`);
  return r.skip;
}

const IRAN = { text: 'Iran', kind: 'country', country: 'IRN' } as const;
const ARMENIA = { text: 'Armenia', kind: 'country', country: 'ARM' } as const;
const AZERBAIJAN = { text: 'Azerbaijan', kind: 'country', country: 'AZE' } as const;

// Armenia accused Azerbaijan of opening fire .
const accuse = () => ctx('Armenia accused Azerbaijan of opening fire.', 'PROPN VERB PROPN ADP VERB NOUN PUNCT', { trigger: 'accused', actor: ARMENIA, recipient: AZERBAIJAN });

test('weekday-after-verb: " on Tuesday" between the verb and its preposition or heavy object', () => {
  const met = ctx("Iran's foreign minister met with Chinese officials in Beijing.", 'PROPN PART ADJ NOUN VERB ADP ADJ NOUN ADP PROPN PUNCT', { trigger: 'met with' });
  assert.equal(applied('weekday-after-verb', met), "Iran's foreign minister met on Tuesday with Chinese officials in Beijing.");
  const heavy = ctx('Washington condemned the seizure of the tanker.', 'PROPN VERB DET NOUN ADP DET NOUN PUNCT', { trigger: 'condemned' });
  assert.equal(applied('weekday-after-verb', heavy), 'Washington condemned on Tuesday the seizure of the tanker.');
});

test('weekday-after-verb is skipped where its precondition fails', () => {
  const dated = ctx("Iran's foreign minister met with Chinese officials on Monday.", 'PROPN PART ADJ NOUN VERB ADP ADJ NOUN ADP PROPN PUNCT', { trigger: 'met with' });
  assert.match(skipped('weekday-after-verb', dated), /day or date/);
  // a bare name as object: "accused on Tuesday Azerbaijan" is not English
  assert.match(skipped('weekday-after-verb', accuse()), /neither a preposition nor an object/);
  const light = ctx('Washington condemned the seizure.', 'PROPN VERB DET NOUN PUNCT', { trigger: 'condemned' });
  assert.match(skipped('weekday-after-verb', light), /too light/);
  const perfect = ctx('Germany has delivered tanks to Ukraine.', 'PROPN AUX VERB NOUN ADP PROPN PUNCT', { trigger: 'delivered' });
  assert.match(skipped('weekday-after-verb', perfect), /present perfect/);
  const particle = ctx('Australia handed over a patrol boat to Vanuatu.', 'PROPN VERB ADP DET NOUN NOUN ADP PROPN PUNCT', { trigger: 'handed over' });
  assert.match(skipped('weekday-after-verb', particle), /particle/);
  const noun = ctx('The talks with Iran ended.', 'DET NOUN ADP PROPN VERB PUNCT', { trigger: 'talks' });
  assert.match(skipped('weekday-after-verb', noun), /no verb/);
  assert.ok(hasDateWord('two days ago') && hasDateWord('in May 2024') && !hasDateWord('Iran may retaliate'));
});

test('longer-actor: the same party in a longer phrase', () => {
  assert.equal(applied('longer-actor', accuse()), 'The government of Armenia accused Azerbaijan of opening fire.');
  const mid = ctx('Officials said Iran seized the tanker.', 'NOUN VERB PROPN VERB DET NOUN PUNCT', { trigger: 'seized', actor: IRAN });
  assert.equal(applied('longer-actor', mid), 'Officials said the government of Iran seized the tanker.');
  const capital = ctx('Washington condemned the seizure.', 'PROPN VERB DET NOUN PUNCT', { trigger: 'condemned', actor: { text: 'Washington', kind: 'capital', country: 'USA' } });
  assert.equal(applied('longer-actor', capital), 'The government in Washington condemned the seizure.');
  const titled = ctx('Russian Foreign Minister Sergei Lavrov criticised the decision.', 'ADJ PROPN PROPN PROPN PROPN VERB DET NOUN PUNCT', {
    trigger: 'criticised', actor: { text: 'Sergei Lavrov', kind: 'person', country: 'RUS' },
  });
  assert.equal(applied('longer-actor', titled), 'Veteran Russian Foreign Minister Sergei Lavrov criticised the decision.');
  const bare = ctx('Lavrov criticised the decision.', 'PROPN VERB DET NOUN PUNCT', { trigger: 'criticised', actor: { text: 'Lavrov', kind: 'person', country: 'RUS' } });
  assert.equal(applied('longer-actor', bare), 'Veteran politician Lavrov criticised the decision.');
  const guards = ctx('Russian border guards detained two shepherds.', 'ADJ NOUN NOUN VERB NUM NOUN PUNCT', {
    trigger: 'detained', actor: { text: 'Russian border guards', kind: 'agent', country: 'RUS' },
  });
  assert.equal(applied('longer-actor', guards), 'Heavily armed Russian border guards detained two shepherds.');
  const ministry = ctx("Afghanistan's interior ministry accused Pakistan.", 'PROPN PART NOUN NOUN VERB PROPN PUNCT', {
    trigger: 'accused', actor: { text: "Afghanistan's interior ministry", kind: 'agent', country: 'AFG' },
  });
  assert.equal(applied('longer-actor', ministry), "Afghanistan's powerful interior ministry accused Pakistan.");
  const police = ctx('Police in Karachi arrested dozens of supporters.', 'PROPN ADP PROPN VERB NOUN ADP NOUN PUNCT', {
    trigger: 'arrested', actor: { text: 'Police in Karachi', kind: 'agent', country: 'PAK' },
  });
  assert.equal(applied('longer-actor', police), 'Heavily armed police in Karachi arrested dozens of supporters.');
});

test('longer-actor is skipped where the party could change or the phrase is not whole', () => {
  const possessor = ctx("Iran's navy seized a tanker.", 'PROPN PART NOUN VERB DET NOUN PUNCT', { trigger: 'seized', actor: IRAN });
  assert.match(skipped('longer-actor', possessor), /possessor/);
  const pronoun = ctx('It seized a tanker.', 'PRON VERB DET NOUN PUNCT', { trigger: 'seized', actor: { text: 'It', kind: 'country', country: 'IRN', how: 'pronoun' } });
  assert.match(skipped('longer-actor', pronoun), /pronoun/);
  const whiteHouse = ctx('The White House urged Beijing to act.', 'DET PROPN PROPN VERB PROPN PART VERB PUNCT', {
    trigger: 'urged', actor: { text: 'White House', kind: 'capital', country: 'USA' },
  });
  assert.match(skipped('longer-actor', whiteHouse), /article/);
  const nameOf = ctx("Lavrov's visit ended.", 'PROPN PART NOUN VERB PUNCT', { trigger: 'visit', actor: { text: 'Lavrov', kind: 'person', country: 'RUS' } });
  assert.match(skipped('longer-actor', nameOf), /possessor/);
  assert.match(skipped('longer-actor', ctx('Talks ended.', 'NOUN VERB PUNCT')), /no actor/);
});

test('object-modifier: a premodifier before the recipient, same party', () => {
  const c = ctx("Afghanistan's interior ministry accused Pakistan of harbouring militants.", 'PROPN PART NOUN NOUN VERB PROPN ADP VERB NOUN PUNCT', {
    trigger: 'accused', recipient: { text: 'Pakistan', kind: 'country', country: 'PAK' },
  });
  assert.equal(applied('object-modifier', c), "Afghanistan's interior ministry accused neighbouring Pakistan of harbouring militants.");
  const person = ctx('Wang Yi spoke with his Omani counterpart Badr Albusaidi.', 'PROPN PROPN VERB ADP PRON ADJ NOUN PROPN PROPN PUNCT', {
    trigger: 'spoke with', recipient: { text: 'Badr Albusaidi', kind: 'person', country: 'OMN' },
  });
  assert.equal(applied('object-modifier', person), 'Wang Yi spoke with his veteran Omani counterpart Badr Albusaidi.');
  const group = ctx('Petro invited union leaders to the palace.', 'PROPN VERB NOUN NOUN ADP DET NOUN PUNCT', {
    trigger: 'invited', recipient: { text: 'union leaders', kind: 'agent', country: 'COL' },
  });
  assert.equal(applied('object-modifier', group), 'Petro invited senior union leaders to the palace.');
});

test('object-modifier is skipped when the recipient name modifies a noun or is absent', () => {
  const compound = ctx('Iran condemned US sanctions.', 'PROPN VERB PROPN NOUN PUNCT', { trigger: 'condemned', recipient: { text: 'US', kind: 'country', country: 'USA' } });
  assert.match(skipped('object-modifier', compound), /following noun/);
  assert.match(skipped('object-modifier', ctx('Iran protested.', 'PROPN VERB PUNCT', { trigger: 'protested', actor: IRAN })), /no recipient/);
  const capital = ctx('Cho urged Pyongyang to stop.', 'PROPN VERB PROPN PART VERB PUNCT', { trigger: 'urged', recipient: { text: 'Pyongyang', kind: 'capital', country: 'PRK' } });
  assert.match(skipped('object-modifier', capital), /no premodifier for a capital/);
});

test('reporting-tail: ", officials said" before the full stop, unless the sentence reports or quotes already', () => {
  const c = ctx('Iran seized a tanker in the Gulf.', 'PROPN VERB DET NOUN ADP DET PROPN PUNCT', { trigger: 'seized', actor: IRAN });
  assert.equal(applied('reporting-tail', c), 'Iran seized a tanker in the Gulf, officials said.');
  assert.match(skipped('reporting-tail', ctx('Iran seized a tanker, Tasnim reported.', 'PROPN VERB DET NOUN PUNCT PROPN VERB PUNCT')), /reporting frame/);
  assert.match(skipped('reporting-tail', ctx('Iran called it “piracy”.', 'PROPN VERB PRON PUNCT NOUN PUNCT PUNCT')), /quotes|full stop/);
  assert.match(skipped('reporting-tail', ctx('Did Iran seize a tanker?', 'AUX PROPN VERB DET NOUN PUNCT')), /full stop/);
});

test('fronted-adverbial: "On Tuesday, " or "Meanwhile, " in front; the first word keeps its capital only if proper', () => {
  const common = ctx('The Afghan government released 500 prisoners.', 'DET ADJ NOUN VERB NUM NOUN PUNCT');
  assert.equal(applied('fronted-adverbial', common), 'On Tuesday, the Afghan government released 500 prisoners.');
  const name = ctx('Iran seized a tanker.', 'PROPN VERB DET NOUN PUNCT', { actor: IRAN });
  assert.equal(applied('fronted-adverbial', name), 'On Tuesday, Iran seized a tanker.');
  const demonym = ctx('Iranian officials seized a tanker.', 'ADJ NOUN VERB DET NOUN PUNCT');
  assert.equal(applied('fronted-adverbial', demonym), 'On Tuesday, Iranian officials seized a tanker.');
  const police = ctx('Police in Karachi arrested dozens of supporters.', 'PROPN ADP PROPN VERB NOUN ADP NOUN PUNCT', { actor: { text: 'Police in Karachi', kind: 'agent', country: 'PAK' } });
  assert.equal(applied('fronted-adverbial', police), 'On Tuesday, police in Karachi arrested dozens of supporters.');
  const dated = ctx('Iran seized a tanker on Sunday.', 'PROPN VERB DET NOUN ADP PROPN PUNCT', { actor: IRAN });
  assert.equal(applied('fronted-adverbial', dated), 'Meanwhile, Iran seized a tanker on Sunday.');
  assert.match(skipped('fronted-adverbial', ctx('On Sunday, Iran seized a tanker.', 'ADP PROPN PUNCT PROPN VERB DET NOUN PUNCT')), /adverbial/);
  assert.match(skipped('fronted-adverbial', ctx('“Iran seized a tanker.”', 'PUNCT PROPN VERB DET NOUN PUNCT PUNCT')), /punctuation|quotation/);
});

test('passive-by-agent: "ACTOR VERBed RECIPIENT …" ⇒ "RECIPIENT was VERBed by ACTOR …"', () => {
  assert.equal(applied('passive-by-agent', accuse()), 'Azerbaijan was accused by Armenia of opening fire.');
  const plural = ctx('The Afghan government freed Taliban prisoners.', 'DET ADJ NOUN VERB PROPN NOUN PUNCT', {
    trigger: 'freed', actor: { text: 'Afghan government', kind: 'agent', country: 'AFG' }, recipient: { text: 'Taliban prisoners', kind: 'agent', country: 'AFG' },
  });
  assert.equal(applied('passive-by-agent', plural), 'Taliban prisoners were freed by the Afghan government.');
  const fronted = ctx('On Monday, Armenia accused Azerbaijan of opening fire.', 'ADP PROPN PUNCT PROPN VERB PROPN ADP VERB NOUN PUNCT', { trigger: 'accused', actor: ARMENIA, recipient: AZERBAIJAN });
  assert.equal(applied('passive-by-agent', fronted), 'On Monday, Azerbaijan was accused by Armenia of opening fire.');
});

test('passive-by-agent is skipped for irregular verbs, coordinated verb phrases and split arguments', () => {
  const met = ctx('Armenia met Azerbaijan in Prague.', 'PROPN VERB PROPN ADP PROPN PUNCT', { trigger: 'met', actor: ARMENIA, recipient: AZERBAIJAN });
  assert.match(skipped('passive-by-agent', met), /regular past/);
  const coordinated = ctx('Armenia accused Azerbaijan of opening fire and demanded talks.', 'PROPN VERB PROPN ADP VERB NOUN CCONJ VERB NOUN PUNCT', {
    trigger: 'accused', actor: ARMENIA, recipient: AZERBAIJAN,
  });
  assert.match(skipped('passive-by-agent', coordinated), /coordinated/);
  const apart = ctx('Armenia formally accused Azerbaijan of opening fire.', 'PROPN ADV VERB PROPN ADP VERB NOUN PUNCT', { trigger: 'accused', actor: ARMENIA, recipient: AZERBAIJAN });
  assert.match(skipped('passive-by-agent', apart), /directly before/);
  const noRecipient = ctx('Armenia protested.', 'PROPN VERB PUNCT', { trigger: 'protested', actor: ARMENIA });
  assert.match(skipped('passive-by-agent', noRecipient), /needs/);
});

test('apposition-after-actor: an apposition that names no other party', () => {
  assert.equal(applied('apposition-after-actor', accuse()), 'Armenia, a key regional player, accused Azerbaijan of opening fire.');
  const person = ctx('Petro invited union leaders to the palace.', 'PROPN VERB NOUN NOUN ADP DET NOUN PUNCT', { trigger: 'invited', actor: { text: 'Petro', kind: 'person', country: 'COL' } });
  assert.equal(applied('apposition-after-actor', person), 'Petro, who took office last year, invited union leaders to the palace.');
  const inside = ctx('Kabul accused Pakistan, a charge Islamabad denied.', 'PROPN VERB PROPN PUNCT DET NOUN PROPN VERB PUNCT', {
    trigger: 'denied', actor: { text: 'Islamabad', kind: 'capital', country: 'PAK' },
  });
  assert.match(skipped('apposition-after-actor', inside), /larger phrase/);
  const group = ctx('Russian border guards detained two shepherds.', 'ADJ NOUN NOUN VERB NUM NOUN PUNCT', {
    trigger: 'detained', actor: { text: 'Russian border guards', kind: 'agent', country: 'RUS' },
  });
  assert.match(skipped('apposition-after-actor', group), /no apposition for a agent/);
});

test('a variant replaces only its sentence: earlier and later text stay as they are', () => {
  const text = 'Talks failed. Armenia accused Azerbaijan of opening fire. Both sides met later.';
  const base = accuse();
  const start = text.indexOf('Armenia');
  const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + start, end: x.end + start });
  const c: SentenceContext = {
    ...base,
    text,
    sentence: { start, end: start + base.text.length },
    tokens: base.tokens.map(shift),
    mentions: base.mentions.map(shift),
    trigger: shift(base.trigger!),
    actor: shift(base.actor!),
    recipient: shift(base.recipient!),
  };
  const r = TRANSFORM['reporting-tail'](c);
  assert.ok('variant' in r);
  assert.equal(r.variant.text, 'Talks failed. Armenia accused Azerbaijan of opening fire, officials said. Both sides met later.');
  assert.equal(r.variant.text.slice(r.variant.sentence.start, r.variant.sentence.end), 'Armenia accused Azerbaijan of opening fire, officials said.');
});

test('cleanliness rejects rewrites that leave stray punctuation, double spaces or doubled words', () => {
  assert.equal(cleanliness('Iran left.', 'Iran left, officials said.'), null);
  assert.match(cleanliness('Iran left.', 'Iran left,.') ?? '', /punctuation/);
  assert.match(cleanliness('Iran left.', 'Iran  left.') ?? '', /double space/);
  assert.match(cleanliness('Iran left.', 'the Iran left.') ?? '', /capital/);
  assert.match(cleanliness('The envoy left.', 'The the envoy left.') ?? '', /doubled word/);
  assert.match(cleanliness('Iran left.', 'Iran left.') ?? '', /nothing/);
});

// ---------------------------------------------------------------------------------------------------------------
// the runner, with a fake analyser and fake coders

const COUNTRIES: Record<string, string> = { Armenia: 'ARM', Azerbaijan: 'AZE' };
const TAGS: Record<string, string> = { accused: 'VERB', of: 'ADP', opening: 'VERB', fire: 'NOUN', Talks: 'NOUN', failed: 'VERB', Both: 'DET', sides: 'NOUN', met: 'VERB', later: 'ADV', '.': 'PUNCT' };

const fakeAnalyse = (a: Article): DocLike => {
  const tokens = tokenise(a.text).map((t) => ({ ...t, pos: TAGS[t.text] ?? (COUNTRIES[t.text] ? 'PROPN' : 'NOUN') }));
  const mentions = tokens.filter((t) => COUNTRIES[t.text]).map((t) => ({ start: t.start, end: t.end, text: t.text, kind: 'country' as const, how: 'lexicon' as const, country: COUNTRIES[t.text]! }));
  return { tokens, mentions };
};

function sentencesOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/[^.\s][^.]*\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Codes "X accused Y" and "Y was accused by X" in every sentence (or, with `only`, in the sentences it lists). */
function fakeCoder(only?: Set<string>): Coder {
  return (a) => {
    const out: ReadoutEvent[] = [];
    sentencesOf(a.text).forEach((s, k) => {
      const sent = a.text.slice(s.start, s.end);
      if (only && !only.has(sent)) return;
      const at = sent.indexOf('accused');
      if (at < 0) return;
      const names = [...sent.matchAll(/Armenia|Azerbaijan/g)].map((m) => ({ name: m[0], at: m.index! }));
      const passive = /was accused by/.test(sent);
      const before = names.filter((n) => n.at < at);
      const after = names.filter((n) => n.at > at);
      const actor = passive ? after[0] : before[before.length - 1];
      const recipient = passive ? before[before.length - 1] : after[0];
      if (!actor) return;
      const e = ev({ article: a.id, event: 'ACCUSE', actor: [COUNTRIES[actor.name]!], recipient: recipient ? [COUNTRIES[recipient.name]!] : [], sentence: k });
      e.actor = [{ text: actor.name, name: actor.name, country: COUNTRIES[actor.name]!, sector: 'GOV' }];
      e.recipient = recipient ? [{ text: recipient.name, name: recipient.name, country: COUNTRIES[recipient.name]!, sector: 'GOV' }] : [];
      e.evidence = { sentence: k, start: s.start, end: s.end, text: sent };
      e.trigger = { text: 'accused', start: s.start + at, end: s.start + at + 'accused'.length };
      out.push(e);
    });
    return out;
  };
}

const TEXT = 'Talks failed. Armenia accused Azerbaijan of opening fire. Both sides met later.';
const GOLD = [goldArticle('a1', [gold({ event: 'ACCUSE', parties: [['ARM'], ['AZE']] })], TEXT)];

test('the runner counts every variant kept when the coder codes them all the same', () => {
  const r = runMetamorphic(GOLD, { coder: fakeCoder(), analyse: fakeAnalyse });
  assert.equal(r.baseEvents, 1);
  assert.equal(r.needLaterContext, 0);
  assert.ok(r.generated >= 5, `only ${r.generated} variants`);
  assert.equal(r.kept, r.generated);
  assert.equal(r.share, 100);
  assert.deepEqual(r.failures, []);
  const by = Object.fromEntries(r.transformations.map((t) => [t.transformation, t]));
  for (const n of ['longer-actor', 'object-modifier', 'reporting-tail', 'fronted-adverbial', 'passive-by-agent', 'apposition-after-actor']) {
    assert.equal(by[n]!.generated, 1, n);
    assert.equal(by[n]!.kept, 1, n);
  }
  // "accused Azerbaijan": a bare name follows the verb
  assert.equal(by['weekday-after-verb']!.generated, 0);
  assert.equal(by['weekday-after-verb']!.notApplicable, 1);
});

test('the runner counts no variant kept when the coder loses the event on any rewrite, and shows what it coded', () => {
  const originals = new Set(sentencesOf(TEXT).map((s) => TEXT.slice(s.start, s.end)));
  const r = runMetamorphic(GOLD, { coder: fakeCoder(originals), analyse: fakeAnalyse });
  assert.ok(r.generated >= 5);
  assert.equal(r.kept, 0);
  assert.equal(r.share, 0);
  assert.equal(r.failures.length, r.generated);
  const f = r.failures.find((x) => x.transformation === 'reporting-tail')!;
  assert.equal(f.event, 'ACCUSE ARM → AZE');
  assert.equal(f.rewritten, 'Armenia accused Azerbaijan of opening fire, officials said.');
  assert.deepEqual(f.got, []);
});

test('a variant coded with other parties is not kept', () => {
  // the coder ignores the passive: "Azerbaijan was accused by Armenia" ⇒ AZE accuses ARM
  const naive: Coder = (a) => fakeCoder()({ ...a, text: a.text.replace(/was accused by/g, 'accused') });
  const r = runMetamorphic(GOLD, { coder: naive, analyse: fakeAnalyse, transformations: ['passive-by-agent'], cut: false });
  assert.equal(r.generated, 1);
  assert.equal(r.kept, 0);
});

test('keeps: same category and the same actor and recipient countries, as sets, in the sentence', () => {
  const base = ev({ event: 'ACCUSE', actor: ['ARM'], recipient: ['AZE'] });
  base.evidence = { sentence: 1, start: 10, end: 50, text: 'x' };
  const at = (e: ReadoutEvent, start: number, end: number) => ({ ...e, evidence: { ...e.evidence, start, end } });
  const span = { start: 10, end: 60 };
  assert.ok(keeps([at(ev({ event: 'ACCUSE', actor: ['ARM'], recipient: ['AZE'] }), 10, 60)], base, span));
  assert.ok(!keeps([at(ev({ event: 'REJECT', actor: ['ARM'], recipient: ['AZE'] }), 10, 60)], base, span));
  assert.ok(!keeps([at(ev({ event: 'ACCUSE', actor: ['AZE'], recipient: ['ARM'] }), 10, 60)], base, span));
  assert.ok(!keeps([at(ev({ event: 'ACCUSE', actor: ['ARM'], recipient: ['AZE', 'TUR'] }), 10, 60)], base, span));
  assert.ok(!keeps([at(ev({ event: 'ACCUSE', actor: ['ARM'], recipient: ['AZE'] }), 70, 90)], base, span));
});

test('an event whose evidence lies outside the text is skipped with a reason, not a crash', () => {
  const bad: Coder = (a) =>
    fakeCoder()(a).map((e) => ({ ...e, evidence: { ...e.evidence, start: a.text.length + 5, end: a.text.length + 40 } }));
  const r = runMetamorphic(GOLD, { coder: bad, analyse: fakeAnalyse });
  assert.equal(r.baseEvents, 1);
  assert.equal(r.generated, 0);
  assert.equal(r.invalid.length, 1);
  assert.match(r.invalid[0]!.reason, /outside the article text/);
  const e = fakeCoder()(GOLD[0]!.article)[0]!;
  assert.match(String(contextFor(TEXT, fakeAnalyse(GOLD[0]!.article), { ...e, evidence: { ...e.evidence, start: -3 } })), /outside/);
  assert.match(String(contextFor(TEXT, fakeAnalyse(GOLD[0]!.article), { ...e, evidence: { ...e.evidence, text: 'something else' } })), /does not match/);
});

test('a coder that throws is reported per article, not fatal', () => {
  let calls = 0;
  const flaky: Coder = (a) => {
    if (calls++ > 0) throw new Error('boom');
    return fakeCoder()(a);
  };
  const r = runMetamorphic(GOLD, { coder: flaky, analyse: fakeAnalyse });
  assert.ok(r.errors.length > 0);
  assert.match(r.errors[0]!.message, /boom/);
  assert.equal(r.kept, 0);
});

test('the suite has an overall row and one row per transformation, and is registered after the blind gold sets', () => {
  const r = runMetamorphic(GOLD, { coder: fakeCoder(), analyse: fakeAnalyse });
  const s = metamorphicSuite('metamorphic', 'Metamorphic', r);
  assert.deepEqual(s.rows.map((x) => x.metric), ['metamorphic.kept', ...TRANSFORMATIONS.map((t) => `metamorphic.${t}.kept`)]);
  assert.equal(s.rows[0]!.value, 100);
  assert.equal(s.rows[0]!.n, r.generated);
  const names: readonly string[] = SUITE_NAMES;
  assert.equal(names.indexOf('metamorphic'), names.indexOf('gold-blind3') + 1);
});
