/**
 * Multiple-choice questions as a real form: labelled radio options and "Check" with feedback in
 * words (announced, not colour alone). A wrong answer is said to be wrong and can be tried again;
 * the answer and explanation show after a right answer, a second miss, or "Show the answer".
 * Each question's last result (right at the first try, or not) is kept with the learner's
 * progress (src/lib/progress/workspace.ts), in this browser only. A link to a question opens it.
 * Loaded when "Check yourself" comes near the viewport; without it the questions stay plain
 * `<details>` with the answer a click away.
 */

import { read, sel } from '../../lib/hooks';
import { CORRECT_CHOICE, QUESTION, QUESTION_KIND, QUIZ_INTRO, QUIZ_RESULT, QUIZ_TALLY } from '../../lib/hooks/quiz';
import { QUIZ } from '../../lib/hooks/workspace';
import { quizSummary } from '../../lib/progress/model';
import { setQuizAnswer } from '../../lib/progress/workspace';
import { hashId } from '../../lib/toc-spy';
import { all, h } from '../dom';
import { acted } from '../notice';
import { current, subscribe, update } from '../workspace/store';

const LETTERS = 'ABCDE';
const INTRO =
  'Choose an answer and press Check. A wrong answer can be tried again; the answer and its explanation show after a right answer, a second miss, or “Show the answer”. Each explanation links to the part of the lesson that teaches it.';

/** Opens the question the URL's fragment names (or that contains its target). */
function openTarget(section: HTMLElement): void {
  const id = hashId(location.hash);
  const target = id ? document.getElementById(id) : null;
  const question = target && section.contains(target) ? target.closest<HTMLDetailsElement>('details.question') : null;
  if (question && !question.open) {
    question.open = true;
    question.scrollIntoView({ block: 'start' });
  }
}

export function start(section: HTMLElement): void {
  const topicId = read(section, QUIZ);
  const questions = all<HTMLDetailsElement>(`details.question${sel(QUESTION_KIND)}`, section).filter(
    (d) => read(d, QUESTION_KIND) === 'choice',
  );
  const ids = questions.map((d, i) => read(d, QUESTION) || String(i));
  const tally = section.querySelector<HTMLElement>(sel(QUIZ_TALLY));
  const intro = section.querySelector<HTMLElement>(sel(QUIZ_INTRO));
  if (intro) intro.textContent = INTRO;

  const show = () => {
    const summary = quizSummary(current(), topicId);
    if (tally) tally.textContent = summary ? `Your last results: ${summary}.` : '';
  };
  subscribe(show);
  show();
  openTarget(section);
  addEventListener('hashchange', () => openTarget(section));

  questions.forEach((details, index) => {
    const id = ids[index] ?? String(index);
    const list = details.querySelector<HTMLOListElement>('.choices');
    const answer = details.querySelector<HTMLDetailsElement>('details.answer');
    if (!list || !answer) return;
    const items = all<HTMLLIElement>(':scope > li', list);
    const correct = items.findIndex((li) => li.hasAttribute(CORRECT_CHOICE));

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
    const reveal = h('button', { type: 'button', class: 'button' }, 'Show the answer');
    const again = h('button', { type: 'button', class: 'button', hidden: true }, 'Try again');
    const form = h(
      'form',
      { class: 'quiz-form' },
      h('fieldset', {}, h('legend', {}, `Your answer to question ${index + 1}`), ...radios.map((r) => r.label)),
      h('div', { class: 'quiz-actions' }, check, reveal, again),
      feedback,
    );
    list.hidden = true;
    answer.hidden = true;
    list.after(form);
    let misses = 0;

    const say = (result: 'right' | 'wrong' | '', text: string) => {
      feedback.setAttribute(QUIZ_RESULT, result);
      feedback.textContent = text;
    };
    /** The question is answered: the answer shows, and its result is saved. */
    const settle = (rightFirstTime: boolean) => {
      for (const r of radios) r.input.disabled = true;
      check.hidden = true;
      reveal.hidden = true;
      again.hidden = false;
      answer.hidden = false;
      answer.open = true;
      // A result that cannot be stored is reported beside these buttons (workspace/alerts.ts);
      // "Try again" has the focus, so Dismiss returns it there.
      acted.control = again;
      if (update((state) => setQuizAnswer(state, topicId, { id, right: rightFirstTime }, ids)).ok)
        acted.control = undefined;
      again.focus();
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = radios.findIndex((r) => r.input.checked);
      if (chosen === -1) return say('', 'Choose an answer first.');
      const letter = LETTERS[chosen];
      if (chosen === correct) {
        say('right', misses === 0 ? `Correct: ${letter} is right.` : `Correct at the second try: ${letter} is right.`);
        return settle(misses === 0);
      }
      misses += 1;
      if (misses === 1) {
        const tried = radios[chosen];
        if (tried) {
          tried.input.checked = false;
          tried.input.disabled = true;
        }
        return say('wrong', `Not quite: ${letter} is not right. Try another answer, or show the answer.`);
      }
      say('wrong', `Not quite: ${letter} is not right either; the answer is ${LETTERS[correct]}.`);
      settle(false);
    });
    reveal.addEventListener('click', () => {
      say('', `The answer is ${LETTERS[correct]}.`);
      settle(false);
    });
    again.addEventListener('click', () => {
      for (const r of radios) {
        r.input.disabled = false;
        r.input.checked = false;
      }
      misses = 0;
      say('', '');
      feedback.removeAttribute(QUIZ_RESULT);
      answer.open = false;
      answer.hidden = true;
      again.hidden = true;
      check.hidden = false;
      reveal.hidden = false;
      radios[0]?.input.focus();
    });
  });
}
