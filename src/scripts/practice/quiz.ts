/**
 * Multiple-choice questions as a real form: labelled radio options, "Check" with feedback in
 * words (announced, not colour alone), "Try again", and the explanation once answered. The
 * learner's last result per topic ("4 of 5 right") is kept with their progress, in this browser
 * only. Loaded when "Check yourself" comes near the viewport; without it the questions stay
 * plain `<details>` with the answer a click away.
 */
import { setQuizTally } from '../../lib/progress/workspace';
import { all, h } from '../dom';
import { current, subscribe, update } from '../workspace/store';

const LETTERS = 'ABCDE';

function tallyText(
  done: { right: number; total: number } | undefined,
  now: { right: number; answered: number },
  total: number,
): string {
  const parts: string[] = [];
  if (now.answered > 0 && now.answered < total)
    parts.push(`This time: ${now.right} of ${now.answered} answered right, ${total - now.answered} to go.`);
  if (done) parts.push(`Your last complete check: ${done.right} of ${done.total} right.`);
  return parts.join(' ');
}

export function start(section: HTMLElement): void {
  const topicId = section.dataset['quiz'] ?? '';
  const questions = all<HTMLDetailsElement>('details.question[data-kind="choice"]', section);
  const results = new Map<string, boolean>();
  const tally = section.querySelector<HTMLElement>('[data-quiz-tally]');

  const now = () => ({ right: [...results.values()].filter(Boolean).length, answered: results.size });
  const show = () => {
    if (tally) tally.textContent = tallyText(current().quiz[topicId], now(), questions.length);
  };
  // The tally kept with the learner's progress is a complete check: every question answered.
  const record = () => {
    if (results.size === questions.length) {
      const { right } = now();
      update((state) => setQuizTally(state, topicId, right, questions.length));
    }
    show();
  };
  subscribe(show);

  questions.forEach((details, index) => {
    const id = details.dataset['question'] ?? String(index);
    const list = details.querySelector<HTMLOListElement>('.choices');
    const answer = details.querySelector<HTMLDetailsElement>('details.answer');
    if (!list || !answer) return;
    const items = all<HTMLLIElement>(':scope > li', list);
    const correct = items.findIndex((li) => li.hasAttribute('data-correct'));

    const radios = items.map((li, i) => {
      const input = h('input', { type: 'radio', name: `answer-${topicId}-${id}`, value: String(i) });
      const text = h('span', {});
      text.innerHTML = li.innerHTML; // our own build-time markup (escaped inline Markdown)
      return {
        input,
        label: h('label', { class: 'quiz-option' }, input, h('span', { class: 'quiz-letter' }, `${LETTERS[i]}.`), text),
      };
    });
    const feedback = h('p', { class: 'quiz-feedback', role: 'status' });
    const check = h('button', { type: 'submit', class: 'button primary' }, 'Check');
    const again = h('button', { type: 'button', class: 'button', hidden: true }, 'Try again');
    const form = h(
      'form',
      { class: 'quiz-form' },
      h('fieldset', {}, h('legend', {}, `Your answer to question ${index + 1}`), ...radios.map((r) => r.label)),
      h('div', { class: 'quiz-actions' }, check, again),
      feedback,
    );
    list.hidden = true;
    answer.hidden = true;
    list.after(form);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = radios.findIndex((r) => r.input.checked);
      if (chosen === -1) {
        feedback.dataset['result'] = '';
        feedback.textContent = 'Choose an answer first.';
        return;
      }
      const right = chosen === correct;
      results.set(id, right);
      feedback.dataset['result'] = right ? 'right' : 'wrong';
      feedback.textContent = right
        ? `Correct: ${LETTERS[chosen]} is right.`
        : `Not quite: you chose ${LETTERS[chosen]}; the answer is ${LETTERS[correct]}.`;
      for (const r of radios) r.input.disabled = true;
      check.hidden = true;
      again.hidden = false;
      answer.hidden = false;
      answer.open = true;
      record();
      again.focus();
    });
    again.addEventListener('click', () => {
      for (const r of radios) {
        r.input.disabled = false;
        r.input.checked = false;
      }
      feedback.textContent = '';
      delete feedback.dataset['result'];
      answer.open = false;
      answer.hidden = true;
      again.hidden = true;
      check.hidden = false;
      radios[0]?.input.focus();
    });
  });
}
