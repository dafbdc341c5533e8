import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loaded } from '../support/templateFiles';
import { TEMPLATES_FOLDER, type TempService, tempService } from '../support/tempService';

interface TemplateNode {
  kind: string;
  title: string;
  text?: string;
  children?: TemplateNode[];
}

const questionsOf = (id: string) => {
  const doc = JSON.parse(readFileSync(join(TEMPLATES_FOLDER, `${id}.json`), 'utf8')) as {
    nodes: TemplateNode[];
    authorities: { key: string }[];
  };
  const found: TemplateNode[] = [];
  const walk = (nodes: TemplateNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'question') found.push(node);
      walk(node.children ?? []);
    }
  };
  walk(doc.nodes);
  return { questions: found, keys: new Set(doc.authorities.map((authority) => authority.key)) };
};

/** Every template in the folder, built in or added later. */
const TEMPLATE_IDS = loaded.map((entry) => entry.doc.template.id);

let t: TempService;
beforeEach(() => {
  t = tempService();
});
afterEach(() => t.dispose());

describe('the templates’ bench questions', () => {
  it.each([
    ['russia-dprk-pact-2024', [/consented/, /standard of proof/, /Article 51/, /troops/]],
    ['icj-proceedings', [/consented/]],
    ['unsc-sanctions-breach', [/standard of proof/, /Article 51/, /troops/]],
  ])('%s asks on its weakest points, each answer citing its authority', (id, topics) => {
    const { questions, keys } = questionsOf(id);
    for (const topic of topics) expect(questions.some((question) => topic.test(question.title))).toBe(true);
    for (const question of questions) {
      const cited = [...(question.text ?? '').matchAll(/@([a-z0-9]+)/g)].map((match) => match[1]!);
      expect(cited.length, question.title).toBeGreaterThan(0);
      for (const key of cited) expect(keys.has(key), `${question.title}: @${key}`).toBe(true);
    }
  });

  it.each([
    ['npt-contravention', [/basis of consent/, /closed issue/, /“return”/, /Article X/]],
    ['state-responsibility-aid', [/finding/, /Article 16\(b\)/, /knowledge enough/, /Article 4 of the treaty/]],
    ['moot-memorial', [/consent/, /standard of proof/]],
  ])('%s asks on the weakest points the review names', (id, topics) => {
    const { questions } = questionsOf(id);
    for (const topic of topics)
      expect(
        questions.some((question) => topic.test(question.title)),
        `${topic}`,
      ).toBe(true);
  });

  it.each(TEMPLATE_IDS)('%s: every question’s answer cites authorities the template holds', (id) => {
    const { questions, keys } = questionsOf(id);
    for (const question of questions) {
      const cited = [...(question.text ?? '').matchAll(/\[@([^\]]*)\]/g)].flatMap((match) =>
        match[1]!.split(';').map((part) => /^\s*@?([^\s,;]+)/.exec(part)![1]!),
      );
      expect(cited.length, question.title).toBeGreaterThan(0);
      for (const key of cited) expect(keys.has(key), `${id}: ${question.title}: @${key}`).toBe(true);
    }
  });

  it.each(TEMPLATE_IDS.filter((id) => id !== 'legal-memo'))(
    '%s: a case made from it has bench questions, every one answered',
    async (id) => {
      await t.api['case-create']({ path: t.path(`${id}.casewright`), templateId: id });
      const { findings } = await t.api['evaluation-get']({});
      expect(findings.filter((finding) => finding.rule === 'question-unanswered')).toEqual([]);
      const { questions } = await t.api['oral-plan']({});
      expect(questions.length).toBeGreaterThan(1);
      for (const question of questions) {
        expect(question.answer, question.title).toMatch(/\[@[a-z0-9]+/);
        expect(question.answer, question.title).not.toMatch(/\{\{/);
      }
    },
  );

  it('leave a case made from the sample with every question answered', async () => {
    await t.api['case-create']({ path: t.path('sample.casewright'), templateId: 'russia-dprk-pact-2024' });
    const { findings } = await t.api['evaluation-get']({});
    expect(findings.filter((finding) => finding.rule === 'question-unanswered')).toEqual([]);
    const { questions } = await t.api['oral-plan']({});
    expect(questions.length).toBe(4);
    expect(questions.every((question) => question.answer.length > 40 && question.side === 'applicant')).toBe(true);
  });
});
